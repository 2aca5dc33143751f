// Mermaid on demand. Material draws each diagram with the global `mermaid`,
// and fetches the library from a CDN when there is none. This stand-in, loaded
// before Material's script, keeps it from doing so: the real library (3.5 MB,
// served by this site) is loaded only once a diagram comes near the screen, or
// the page is printed. Pages without a diagram never load it, and reading the
// top of a page never waits for it.
(() => {
  const library = new URL("vendor/mermaid-11.17.2.min.js", document.currentScript.src);
  let wanted;
  const needed = new Promise((resolve) => (wanted = resolve));
  const nearScreen = new IntersectionObserver(
    (entries) => entries.some((entry) => entry.isIntersecting) && wanted(),
    { rootMargin: "50% 0px" },
  );
  addEventListener("beforeprint", () => wanted());

  let settings;
  const real = needed.then(
    () =>
      new Promise((resolve, reject) => {
        nearScreen.disconnect();
        const script = document.createElement("script");
        script.src = library.href;
        script.onload = () => {
          // The library replaces this stand-in as the global `mermaid`.
          window.mermaid.initialize(settings);
          resolve(window.mermaid);
        };
        script.onerror = () => reject(new Error(`Mermaid did not load from ${library}`));
        document.head.append(script);
      }),
  );

  window.mermaid = {
    initialize: (options) => (settings = options),
    // Material calls this for each diagram of a page, the first page or one that
    // instant navigation brought in: watch them all, and draw when one is near.
    render: async (id, text) => {
      document.querySelectorAll("pre.mermaid").forEach((diagram) => nearScreen.observe(diagram));
      return (await real).render(id, text);
    },
  };
})();
