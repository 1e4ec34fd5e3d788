// The online form works without script; this only adds autosave. A moment after the parent stops typing or changes a
// choice, the step's answers go to the server as a draft (POST …/stap/{n}/bewaren, with the page's token), so a closed
// tab, a flat battery or a lost connection loses nothing typed since the last step. Nothing is checked or moved on: the
// step's own button still does that. Files are not sent here; they go with the page's buttons.
(() => {
  const form = document.querySelector("form[data-bewaren]");
  if (!form || !window.fetch || !window.URLSearchParams) {
    return;
  }
  const status = document.getElementById("bewaard");
  const delay = 1500;
  let timer = 0;

  const save = async () => {
    const body = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (typeof value === "string") {
        body.append(name, value);
      }
    }
    try {
      const response = await fetch(form.dataset.bewaren, { method: "POST", body, credentials: "same-origin" });
      if (response.ok && status) {
        // The same words each time, so a screen reader says it once, not after every save.
        status.textContent = status.dataset.tekst;
      }
    } catch {
      // Offline for a moment: the next save or the step's own button stores the answers.
    }
  };

  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, delay);
  };
  form.addEventListener("input", later);
  form.addEventListener("change", later);
  // The page's own button saves and checks; a save still waiting would only repeat it, or cross it.
  form.addEventListener("submit", () => clearTimeout(timer));
})();
