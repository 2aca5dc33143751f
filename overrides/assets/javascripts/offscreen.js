// The blocks that extra.css leaves undrawn while they are off screen ("Long
// pages") are drawn two at a time in idle moments once the page is parsed,
// and again after each instant navigation (Material's document$): soon every
// block is drawn, for a search in the page, a tool that measures it, or a
// switch of the colour scheme. A block drawn above the view takes its real
// height, so the page is scrolled by as much: the first part of the page whose
// top is in view stays where it was.
(() => {
  const waiting = ".md-typeset :is(div.highlight, figure.diagram, .admonition, details):not(.drawn)";
  const drawSome = () => {
    const blocks = [...document.querySelectorAll(waiting)].slice(0, 2);
    if (!blocks.length) return;
    const parts = document.querySelectorAll(".md-content__inner > *");
    const seen = [...parts].find((part) => part.getBoundingClientRect().top >= 0);
    const before = seen?.getBoundingClientRect().top;
    for (const block of blocks) block.classList.add("drawn");
    if (seen) scrollBy(0, seen.getBoundingClientRect().top - before);
    requestIdleCallback(drawSome, { timeout: 200 });
  };
  document$.subscribe(() => requestIdleCallback(drawSome, { timeout: 200 }));
})();
