// A small CodeMirror StreamLanguage for our templates: YAML front matter, Scriban code between {{ and }}, and the
// Markdown our letters use (headings, lists, bold, italic). Highlighting only: the server's checker is the judge.
const keywords = /^(if|else|end|for|in|include|with|while|func|ret|capture|case|when|break|continue|and|or|not|true|false|null)\b/;

export const scribanMarkdown = {
  name: "scriban-markdown",
  startState: () => ({ inCode: false, frontMatter: 0, line: 0 }),
  token(stream, state) {
    if (stream.sol()) {
      state.line += 1;
      if (state.line === 1 && stream.match(/^---\s*$/)) {
        state.frontMatter = 1;
        return "meta";
      }
      if (state.frontMatter === 1) {
        if (stream.match(/^---\s*$/)) {
          state.frontMatter = 2;
          return "meta";
        }
        stream.skipToEnd();
        return "meta";
      }
    }
    if (state.inCode) {
      if (stream.match("}}") || stream.match("-}}") || stream.match("~}}")) {
        state.inCode = false;
        return "bracket";
      }
      if (stream.eatSpace()) {
        return null;
      }
      if (stream.match(/^#.*?(?=}}|$)/)) {
        return "comment";
      }
      if (stream.match(/^"(?:[^"\\]|\\.)*"?/) || stream.match(/^'(?:[^'\\]|\\.)*'?/)) {
        return "string";
      }
      if (stream.match(/^\d+(\.\d+)?/)) {
        return "number";
      }
      if (stream.match(keywords)) {
        return "keyword";
      }
      if (stream.match(/^[A-Za-z_][\w.]*/)) {
        return "variableName";
      }
      stream.next();
      return null;
    }
    if (stream.match("{{")) {
      stream.eat("-") || stream.eat("~");
      state.inCode = true;
      return "bracket";
    }
    if (stream.sol() && stream.match(/^#{1,6}\s/)) {
      stream.skipTo("{{") || stream.skipToEnd();
      return "heading";
    }
    if (stream.match(/^\*\*[^*{]+\*\*/)) {
      return "strong";
    }
    if (stream.match(/^_[^_{]+_/)) {
      return "emphasis";
    }
    if (stream.sol() && stream.match(/^\s*([-*]|\d+\.)\s/)) {
      return "meta";
    }
    stream.next();
    while (!stream.eol() && !stream.match("{{", false) && !stream.match("**", false)) {
      stream.next();
    }
    return null;
  },
};
