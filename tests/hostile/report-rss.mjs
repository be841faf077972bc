// Preloaded (node --import) into a CLI child process by the hostile tests: reports the peak RSS on exit.
process.on("exit", () => {
  process.stderr.write(`\nHOSTILE_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
