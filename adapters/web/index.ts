// The web view's public entry: the app, its server, and the citation links chat replies carry.

export { sectionAnchor } from "./anchors.ts";
export { CONTENT_SECURITY_POLICY, createWebApp, type WebApp, type WebAppOptions } from "./app.ts";
export type { WebLibrary } from "./catalog.ts";
export { briefingPath, createCitationLinker } from "./links.ts";
export { WEB_PATHS, type WebMount, webMount } from "./mount.ts";
export type { CompareRounds, RoundChange } from "./pages/series.ts";
export type { UnansweredQuestion } from "./pages/status.ts";
export { serveWeb, type WebServer } from "./server.ts";
