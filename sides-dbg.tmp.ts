import nlp from "compromise";
const doc = nlp(process.argv[2] ?? "");
console.log(JSON.stringify(doc.terms().json().map((t: any) => [t.text, t.terms[0].tags.join("/")])));
