// The studio's editor page (src/Smi.Docs.Server/Studio/EditorPage.cs): the page works without script (a textarea,
// a check button, a preview button); this script only enhances it with CodeMirror 6, problems underlined as you
// type and a live preview within ~300 ms.
import { EditorState } from "@codemirror/state";
import { EditorView, keymap, lineNumbers, highlightActiveLine, drawSelection } from "@codemirror/view";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { StreamLanguage, HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import { linter, lintGutter } from "@codemirror/lint";
import { tags } from "@lezer/highlight";
import { scribanMarkdown } from "./scriban-markdown.js";
import { templateCompletions } from "./autocomplete.js";

const previewDelayMs = 300;

// CodeMirror adds a <style> element; the page's Content-Security-Policy lets it in by this nonce, given on our script tag.
const styleNonce = document.currentScript ? document.currentScript.nonce : "";

const highlight = HighlightStyle.define([
  { tag: tags.keyword, color: "#7a1f8f", fontWeight: "bold" },
  { tag: tags.variableName, color: "#0b5394" },
  { tag: tags.string, color: "#1c6b1c" },
  { tag: tags.number, color: "#8a4b00" },
  { tag: tags.heading, fontWeight: "bold", color: "#1a1a1a" },
  { tag: tags.strong, fontWeight: "bold" },
  { tag: tags.emphasis, fontStyle: "italic" },
  { tag: tags.meta, color: "#555" },
  { tag: tags.comment, color: "#555", fontStyle: "italic" },
  { tag: tags.bracket, color: "#7a1f8f" },
]);

function token() {
  const field = document.querySelector('input[name="__RequestVerificationToken"]');
  return field ? field.value : "";
}

// Line and column (1-based, as the server's diagnostics give them) to an offset in the document.
function offset(doc, line, column) {
  const l = doc.line(Math.min(Math.max(line, 1), doc.lines));
  return Math.min(l.from + Math.max(column - 1, 0), l.to);
}

function toCodeMirror(doc, d) {
  if (!d.line) {
    return { from: 0, to: 0, severity: d.severity, message: `${d.code}: ${d.message}`, source: d.code };
  }
  const from = offset(doc, d.line, d.column || 1);
  let to = d.endLine ? offset(doc, d.endLine, (d.endColumn || d.column || 1)) + 1 : from + 1;
  to = Math.min(Math.max(to, from + 1), doc.length);
  return { from: Math.min(from, Math.max(to - 1, 0)), to, severity: d.severity, message: `${d.code}: ${d.message}`, source: d.code };
}

function showProblems(list, diagnostics) {
  list.replaceChildren(...diagnostics.map((d) => {
    const item = document.createElement("li");
    item.className = d.severity;
    const where = d.line ? `regel ${d.line}, kolom ${d.column || 1}: ` : "";
    item.textContent = `${d.severity === "error" ? "Fout" : "Let op"} ${where}${d.code} ${d.message}`;
    return item;
  }));
}

function enhanceEditor(form) {
  const textarea = form.querySelector("textarea[name=tekst]");
  const checkUrl = form.dataset.checkUrl;
  const [completions, completionKeys] = templateCompletions(checkUrl.replace(/\/controle$/, "/woorden"));
  const previewButton = document.getElementById("voorbeeld-knop");
  const problems = document.getElementById("problemen-lijst");
  const summary = document.getElementById("problemen-samenvatting");
  let previewTimer = 0;

  // The preview button submits the same form into the sandboxed frame (formtarget), with the text as it is now.
  const refreshPreview = () => form.requestSubmit(previewButton);

  const check = linter(async (view) => {
    const text = view.state.doc.toString();
    const answer = await fetch(checkUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json", RequestVerificationToken: token() },
      body: JSON.stringify({ tekst: text }),
      credentials: "same-origin",
    });
    if (!answer.ok) {
      return [];
    }
    const result = await answer.json();
    showProblems(problems, result.diagnostics);
    summary.textContent = `${result.errors} ${result.errors === 1 ? "fout" : "fouten"}, ${result.warnings} ${result.warnings === 1 ? "waarschuwing" : "waarschuwingen"}`;
    return result.diagnostics.map((d) => toCodeMirror(view.state.doc, d));
  }, { delay: previewDelayMs });

  const view = new EditorView({
    parent: textarea.parentElement,
    state: EditorState.create({
      doc: textarea.value,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        keymap.of([...completionKeys, ...defaultKeymap, ...historyKeymap]),
        completions,
        StreamLanguage.define(scribanMarkdown),
        syntaxHighlighting(highlight),
        EditorView.lineWrapping,
        EditorView.cspNonce.of(styleNonce),
        EditorView.contentAttributes.of({ "aria-describedby": "problemen-samenvatting" }),
        lintGutter(),
        check,
        EditorView.updateListener.of((update) => {
          if (!update.docChanged) {
            return;
          }
          textarea.value = update.state.doc.toString();
          clearTimeout(previewTimer);
          previewTimer = setTimeout(refreshPreview, previewDelayMs);
        }),
      ],
    }),
  });
  textarea.hidden = true;
  textarea.setAttribute("aria-hidden", "true");
  textarea.tabIndex = -1;
  const label = form.querySelector("label[for=tekst]");
  label.id = "tekst-label";
  label.addEventListener("click", () => view.focus());
  view.contentDOM.setAttribute("aria-labelledby", "tekst-label");
  document.getElementById("voorbeeld-zaak")?.addEventListener("change", refreshPreview);
  refreshPreview();
}

const editorForm = document.getElementById("editor-form");
if (editorForm) {
  enhanceEditor(editorForm);
}
