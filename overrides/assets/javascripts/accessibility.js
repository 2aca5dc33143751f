// Names and roles for what Material's script adds to code blocks, which axe
// would otherwise report: the number that opens a code annotation is a link
// with no text (link-name), and the buttons above each block sit in a <nav>,
// one unnamed landmark per block (landmark-unique). Kept up to date as
// Material adds them, on the first page and after each instant navigation.
(() => {
  const label = () => {
    for (const link of document.querySelectorAll("a.md-annotation__index:not([aria-label])")) {
      const number = link.querySelector("[data-md-annotation-id]")?.dataset.mdAnnotationId;
      link.setAttribute("aria-label", `Annotation ${number}`);
    }
    for (const buttons of document.querySelectorAll("nav.md-code__nav:not([role])")) {
      buttons.setAttribute("role", "none");
    }
  };
  label();
  new MutationObserver(label).observe(document.body, { childList: true, subtree: true });
})();
