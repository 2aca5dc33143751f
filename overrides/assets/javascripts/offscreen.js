// The blocks that extra.css leaves undrawn while they are off screen ("Long
// pages") are drawn in idle moments once the page has loaded, and again after
// each instant navigation (Material's document$), for at most a few
// milliseconds at a time: soon every block is drawn, for a search in the page,
// a tool that measures it, or a switch of the colour scheme. A block drawn
// above the screen takes its real height, so the page is scrolled by as much:
// the first part of the page whose top is in view stays where it was.
(() => {
  const waiting = ".md-typeset :is(div.highlight, figure.diagram, .admonition, details):not(.drawn)";
  const drawSome = () => {
    const parts = document.querySelectorAll(".md-content__inner > *");
    const seen = [...parts].find((part) => part.getBoundingClientRect().top >= 0);
    const before = seen?.getBoundingClientRect().top;
    const started = performance.now();
    let block;
    while ((block = document.querySelector(waiting)) && performance.now() - started < 8) {
      block.classList.add("drawn");
      block.getBoundingClientRect(); // lays it out now, inside the time allowed
    }
    if (seen) scrollBy(0, seen.getBoundingClientRect().top - before);
    if (block) requestIdleCallback(drawSome, { timeout: 500 });
  };
  const start = () => requestIdleCallback(drawSome, { timeout: 500 });
  document$.subscribe(() => {
    if (document.readyState === "complete") start();
    else addEventListener("load", start, { once: true });
  });
})();
