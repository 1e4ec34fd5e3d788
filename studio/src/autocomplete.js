// Autocomplete inside {{ … }} (issue 16 point 3): the view model's values and the template functions, as the server
// lists them (/studio/{document}/{taal}/woorden, src/Smi.Docs/Templating/TemplateVocabulary.cs). After a dot it offers
// the values under what comes before it; a loop variable ({{ for kind in kinderen }}) gets the list element's values.
import { autocompletion, completionKeymap } from "@codemirror/autocomplete";

const kindLabel = { waarde: "waarde", groep: "groep", lijst: "lijst" };

// The loop variables declared before the cursor: name → the words of the list's elements.
function loopVariables(textBefore, resolve) {
  const variables = new Map();
  for (const match of textBefore.matchAll(/\bfor\s+([a-zA-Z_][\w]*)\s+in\s+([a-zA-Z_][\w.]*)/g)) {
    const list = resolve(match[2].split("."), variables);
    if (list && list.soort === "lijst") {
      variables.set(match[1], list.velden);
    }
  }
  return variables;
}

function find(words, name) {
  return words.find((w) => w.naam === name);
}

export function templateCompletions(wordsUrl) {
  let vocabulary = null;
  const load = async () => {
    if (!vocabulary) {
      const answer = await fetch(wordsUrl, { credentials: "same-origin" });
      vocabulary = answer.ok ? await answer.json() : { waarden: [], functies: [] };
    }
    return vocabulary;
  };

  const source = async (context) => {
    const before = context.state.sliceDoc(0, context.pos);
    const open = before.lastIndexOf("{{");
    if (open < 0 || before.lastIndexOf("}}") > open) {
      return null;
    }
    const word = context.matchBefore(/[a-zA-Z_][\w.]*$|\.$/);
    if (!word && !context.explicit) {
      return null;
    }
    const { waarden, functies } = await load();
    const resolve = (path, variables) => {
      let words = variables.has(path[0]) ? null : waarden;
      let current = variables.has(path[0]) ? { soort: "lijst-element", velden: variables.get(path[0]) } : find(waarden, path[0]);
      for (const part of path.slice(1)) {
        words = current && current.velden;
        current = words && find(words, part);
      }
      return current;
    };
    const typed = word ? word.text : "";
    const dot = typed.lastIndexOf(".");
    const from = word ? word.from + dot + 1 : context.pos;
    let options;
    if (dot >= 0) {
      const variables = loopVariables(before, resolve);
      const parent = resolve(typed.slice(0, dot).split("."), variables);
      if (!parent || !parent.velden || parent.velden.length === 0) {
        return null;
      }
      options = parent.velden.map((w) => ({ label: w.naam, type: "property", detail: kindLabel[w.soort] }));
    } else {
      const variables = loopVariables(before, resolve);
      options = [
        ...[...variables.keys()].map((name) => ({ label: name, type: "variable", detail: "lusvariabele", boost: 2 })),
        ...waarden.map((w) => ({ label: w.naam, type: "property", detail: kindLabel[w.soort] })),
        ...functies.map((f) => ({ label: f.naam, type: "function", detail: "functie", info: f.uitleg })),
      ];
    }
    return { from, options, validFor: /^[\w]*$/ };
  };

  return [autocompletion({ override: [source], activateOnTyping: true }), completionKeymap];
}
