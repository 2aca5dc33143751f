"""What a reader's browser does with the site: Chromium, driven by Playwright.

Every test here also fails if a page logs an error to the console, or asks
anything of a host other than 127.0.0.1 (see conftest.py).
"""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, expect

from .conftest import SCREENS, UNDRAWN
from .tour import scheme

pytestmark = pytest.mark.browser

H1 = re.compile(r"<h1[^>]*>(.*?)</h1>", re.S)
PROMPTS = {
    "language-pycon": re.compile(r"^(?:>>> |\.\.\. |\.\.\.$)"),
    "language-console": re.compile(r"^\$ "),
}


def heading(html: str) -> str:
    """The page's title, as its built HTML has it, without the permalink."""
    title = re.sub(r'<a class="headerlink".*?</a>', "", H1.search(html)[1])
    return unescape(re.sub(r"<[^>]+>", "", title)).strip()


def path_of(url: str, site) -> str:
    """The page a URL of the site names: "" for the home page, "lecture/event-loop/" ..."""
    assert url.startswith(site.url), url
    return urlsplit(url).path.removeprefix(urlsplit(site.url).path)


def test_the_home_page_renders(reader, site):
    page = reader.goto("")
    expect(page).to_have_title(re.compile("asyncio, step by step"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(heading(site.html("")))
    expect(page.get_by_role("navigation", name="Navigation")).to_be_visible()
    # The site's own stylesheet is applied: its teal header, its logo and favicon.
    header = page.locator("header.md-header")
    expect(header).to_have_css("background-color", "rgb(11, 107, 102)")
    expect(header.locator("img")).to_have_attribute("src", re.compile(r"logo\.svg$"))
    expect(page.locator("link[rel=icon]")).to_have_attribute("href", re.compile(r"logo\.svg$"))
    # The front door: a promise, an example and its output, a way in, the parts.
    article = page.locator("article")
    expect(article.locator("p strong").first).to_contain_text("every output")
    expect(article.locator(".highlight")).to_have_count(2)
    start = article.locator("a.md-button--primary")
    expect(start).to_have_attribute("href", site.url + "start-here/")
    for part in ("lecture/", "projects/", "guide/", "reference/"):
        expect(article.locator(f".grid.cards a[href='{site.url + part}']")).to_have_count(1)


def test_navigation_reaches_every_page_in_the_nav(reader, site):
    page = reader.goto("")
    nav = page.get_by_role("navigation", name="Navigation")
    links = nav.locator("a.md-nav__link[href]:not([href*='#'])")
    in_nav = [path_of(url, site) for url in links.evaluate_all("links => links.map(a => a.href)")]
    assert sorted(set(in_nav)) == site.in_nav, "the nav and the built pages differ"
    for target in in_nav:
        # A click, as a reader does: instant navigation swaps the page in place.
        click_nav_link(page, site, target)
        expect(page.get_by_role("heading", level=1)).to_contain_text(heading(site.html(target)))
        expect(page).to_have_title(re.compile(re.escape(heading(site.html(target)))))


def click_nav_link(page: Page, site, target: str) -> None:
    """Open the nav's sections that hold the link to `target`, click it, wait for the page."""
    link = page.evaluate_handle(
        """([url]) => {
            const link = [...document.querySelectorAll("nav.md-nav--primary a.md-nav__link")]
                .find((a) => a.href === url);
            for (let item = link.closest("li.md-nav__item--nested"); item;
                 item = item.parentElement.closest("li.md-nav__item--nested")) {
                const toggle = item.querySelector(":scope > input.md-nav__toggle");
                if (toggle && !toggle.checked) toggle.click();
            }
            return link;
        }""",
        [site.url + target],
    ).as_element()
    assert link is not None, f"no link to /{target} in the nav"
    link.click()
    page.wait_for_url(site.url + target)
    # The address changes first; then instant navigation swaps the new page in.
    expect(page.get_by_role("heading", level=1)).to_contain_text(heading(site.html(target)))


def test_blocks_left_undrawn_off_screen_are_all_drawn_soon_after_the_page_opens(reader, site):
    """Left undrawn, a block off screen would keep a guessed size for whatever measures
    the page (axe, Lighthouse), and its old colours after a switch of the scheme. They
    are drawn within seconds, after a load and after an instant navigation,
    and what the reader sees does not move as the blocks above it take their height."""
    page = reader.goto("projects/picturebot/#stopping-cleanly", wait_until="domcontentloaded")
    assert page.evaluate(UNDRAWN) > 10, "the long page was drawn whole from the start"
    page.wait_for_load_state("load")  # drawing starts after it, as the browser is done scrolling
    section = page.locator("#stopping-cleanly")
    top = section.evaluate("heading => heading.getBoundingClientRect().top")
    reader.wait_until_drawn(seconds=5)
    assert section.evaluate("heading => heading.getBoundingClientRect().top") == pytest.approx(
        top, abs=2
    ), "the section the reader opened moved"
    click_nav_link(page, site, "guide/transports/")
    reader.wait_until_drawn(seconds=5)


#: Whether the current page's entry in the navigation is in view, and if not, what
#: covers it. A part's overview is the title of the part's panel, in a drawer.
CURRENT_ENTRY = """
() => {
  const active = [...document.querySelectorAll("nav.md-nav--primary .md-nav__link--active")];
  const titles = active
    .map((link) => link.closest(".md-nav__container")?.nextElementSibling)
    .map((panel) => panel?.querySelector(":scope > .md-nav__title"));
  const entries = [...active, ...titles].filter((entry) => entry?.getClientRects().length);
  const shown = entries.map((entry) => {
    const box = entry.getBoundingClientRect();
    const inside = box.width && box.top >= 0 && box.bottom <= innerHeight;
    const topmost = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return { inside, topmost, covered: inside && !entry.contains(topmost) };
  });
  const seen = shown.some(({ inside, covered }) => inside && !covered);
  const blocker = shown.find(({ covered }) => covered)?.topmost;
  const scrolls = document.querySelector(".md-sidebar--primary .md-sidebar__scrollwrap");
  return {
    seen,
    covered_by: seen ? null : blocker?.textContent.trim().slice(0, 40) ?? "the edge",
    overflow: scrolls.scrollHeight - scrolls.clientHeight,
  };
}
"""


@pytest.mark.parametrize("screen", ["1280x800 sidebar", "800x800 drawer"])
def test_the_navigation_fits_the_screen_and_shows_the_current_page(reader, site, screen):
    """On a desktop's screen the sidebar needs no scrolling; in a tablet's drawer the
    current page's entry is in view, not under the drawer's sticky title."""
    width, height = (int(n) for n in screen.split()[0].split("x"))
    page = reader.page
    page.set_viewport_size({"width": width, "height": height})
    problems = {}
    for target in site.in_nav:
        page.goto(site.url + target, wait_until="load")
        if "drawer" in screen:
            page.locator("label.md-header__button[for=__drawer]").click()
            page.wait_for_timeout(300)  # the drawer slides in
        found = page.evaluate(CURRENT_ENTRY)
        if not found["seen"]:
            problems[target] = f"its entry is hidden by {found['covered_by']}"
        elif "sidebar" in screen and found["overflow"] > 0:
            problems[target] = f"the sidebar scrolls by {found['overflow']} px"
    assert not problems, f"at {screen}:\n" + "\n".join(f"  /{t}: {p}" for t, p in problems.items())


def test_every_part_opens_on_an_overview_named_in_the_path_of_its_pages(reader, site):
    page = reader.goto("")
    parts = page.evaluate(
        """() => [...document.querySelectorAll(
                "nav.md-nav--primary > ul > li.md-nav__item--nested")].map((part) => {
            const overview = part.querySelector(":scope > .md-nav__container > a");
            const first = [...part.querySelectorAll("a.md-nav__link")]
                .find((a) => a !== overview && !a.closest(".md-nav__container"));
            return [part.querySelector(".md-ellipsis").textContent.trim(),
                    overview?.href, first?.href];
        })"""
    )
    assert len(parts) >= 4, parts
    for name, overview, chapter in parts:
        assert overview, f"the part {name!r} has no overview page"
        assert path_of(overview, site) in site.in_nav
        # The breadcrumbs of its first chapter name the part, and link to its overview.
        reader.goto(path_of(chapter, site))
        crumb = page.get_by_role("navigation", name="Breadcrumbs").get_by_role("link", name=name)
        assert crumb.evaluate("a => a.href") == overview


def test_search_finds_taskgroup_and_opens_the_page(reader, site):
    # Notebooks are left out of the search: their chapters are what it should find.
    mentioning = [p for p in site.in_nav if "TaskGroup" in site.text(p)]
    assert mentioning, "no page mentions TaskGroup: the test has nothing to find"
    page = reader.goto("")
    page.get_by_role("textbox", name="Search").press_sequentially("TaskGroup")
    results = page.locator("li.md-search-result__item")
    results.first.wait_for()
    count = len(mentioning)
    expect(page.locator(".md-search-result__meta")).to_have_text(
        f"{count} matching document" + ("s" if count > 1 else "")
    )
    found = results.evaluate_all("items => items.map(li => li.querySelector('a').href)")
    for url in found:
        assert path_of(url.split("?")[0], site) in mentioning, f"{url} does not mention TaskGroup"
    first = path_of(found[0].split("?")[0].split("#")[0], site)
    results.first.locator("a").first.click()
    page.wait_for_url(re.compile(re.escape(site.url + first)))
    expect(page.get_by_role("heading", level=1)).to_contain_text(heading(site.html(first)))
    # search.highlight marks the word on the page it opens.
    expect(page.locator("article mark").first).to_have_text(re.compile("TaskGroup", re.I))


def test_search_results_are_compact(reader, site):
    """A result is its page's title and two lines of text, so that a screen holds several
    (whole sections of code made one result 300 px tall)."""
    page = reader.page
    page.set_viewport_size(SCREENS["desktop"])
    reader.goto("")
    page.get_by_role("textbox", name="Search").press_sequentially("TaskGroup")
    results = page.locator("li.md-search-result__item")
    results.first.wait_for()
    heights = results.evaluate_all("items => items.map((li) => li.offsetHeight)")
    in_view = page.locator(".md-search__scrollwrap").evaluate(
        """list => [...list.querySelectorAll("li.md-search-result__item")].filter(
            (li) => li.getBoundingClientRect().bottom <= list.getBoundingClientRect().bottom
        ).length"""
    )
    assert max(heights) <= 125, f"results {heights} px tall"
    assert in_view >= 5, f"{in_view} results in view"


def test_the_colour_scheme_toggle_switches_and_persists(reader, site, browser):
    page = reader.goto("")
    assert scheme(page) == "light"
    light_background = page.locator("body").evaluate("b => getComputedStyle(b).backgroundColor")
    page.get_by_title("Switch to dark mode").click()
    assert scheme(page) == "dark"
    dark_background = page.locator("body").evaluate("b => getComputedStyle(b).backgroundColor")
    assert dark_background != light_background
    # It persists: after a reload, on another page, and in a new tab.
    page.reload()
    assert scheme(page) == "dark"
    other = next(p for p in site.pages if p)
    reader.goto(other)
    assert scheme(page) == "dark"
    tab = reader.open_tab()
    tab.goto(site.url)
    assert scheme(tab) == "dark"
    tab.get_by_title("Switch to light mode").click()
    assert scheme(tab) == "light"
    # A reader whose system prefers dark gets dark at once.
    dark = browser.new_context(color_scheme="dark")
    try:
        first_visit = dark.new_page()
        first_visit.goto(site.url)
        assert scheme(first_visit) == "dark"
    finally:
        dark.close()


def code_blocks(page: Page):
    return page.locator("div.highlight:has(button[data-md-type=copy])").all()


def reveal(element) -> None:
    """Open the collapsed blocks and choose the tabs that hide `element`, as a reader would."""
    element.evaluate(
        """element => {
            for (let at = element; at; at = at.parentElement) {
                if (at.tagName === "DETAILS") at.open = true;
                if (at.classList.contains("tabbed-block")) {
                    const index = [...at.parentElement.children].indexOf(at);
                    at.closest(".tabbed-set").querySelectorAll(":scope > input")[index].click();
                }
            }
        }"""
    )


def test_copy_buttons_copy_the_code_alone(reader, site):
    """No prompt, no output: a pycon or console session copies as the commands to type."""
    reader.context.grant_permissions(["clipboard-read", "clipboard-write"])
    sessions = 0
    for target in site.in_nav:
        page = reader.goto(target)
        for block in code_blocks(page):
            shown = block.locator("code").evaluate(
                """code => {
                    const copy = code.cloneNode(true);
                    copy.querySelectorAll(".md-annotation").forEach((a) => a.remove());
                    return copy.textContent;
                }"""
            )
            language = block.evaluate("b => b.closest('[class*=language-]').className")
            prompt = next((p for name, p in PROMPTS.items() if name in language), None)
            if prompt:
                sessions += 1
                commands = [
                    prompt.sub("", line) for line in shown.splitlines() if prompt.match(line)
                ]
                expected = "\n".join(commands).rstrip()
            else:
                expected = shown.rstrip()
            reveal(block)
            block.hover()
            block.get_by_role("button", name="Copy to clipboard").click()
            copied = page.evaluate("navigator.clipboard.readText()")
            assert copied == expected, f"{target}: the copy of\n{shown}\nis\n{copied}"
    assert sessions, "no console or pycon session on any page: nothing checked the prompts"


def test_content_tabs_switch(reader, site):
    pages = [p for p in site.pages if 'class="tabbed-set' in site.html(p)]
    assert pages, "no page has content tabs: nothing to check"
    for target in pages:
        page = reader.goto(target)
        for tab_set in page.locator(".tabbed-set").all():
            labels = tab_set.locator(":scope > .tabbed-labels > label")
            blocks = tab_set.locator(":scope > .tabbed-content > .tabbed-block")
            assert labels.count() >= 2
            for chosen in reversed(range(labels.count())):
                labels.nth(chosen).click()
                for index in range(blocks.count()):
                    if index == chosen:
                        expect(blocks.nth(index)).to_be_visible()
                    else:
                        expect(blocks.nth(index)).to_be_hidden()


def test_every_page_works_offline(tour, reader):
    """Every page, read to the end with its diagrams drawn, in both colour schemes, and the
    search, ask nothing of any other host, and log no error."""
    assert not tour.foreign_requests
    assert not tour.errors, "\n".join(tour.errors)
    page = reader.goto("")
    page.get_by_role("textbox", name="Search").press_sequentially("loop")
    page.locator("li.md-search-result__item").first.wait_for()
    assert any("search_index.json" in url for url in reader.requests)


def test_the_request_and_console_log_catch_what_they_should(reader):
    """The checks above can fail: a font from Google and a console error are both noted."""
    page = reader.goto("")
    page.evaluate(
        """() => {
            const link = document.createElement("link");
            link.rel = "stylesheet";
            link.href = "https://fonts.googleapis.com/css?family=Roboto";
            document.head.append(link);
            console.error("something broke");
        }"""
    )
    page.wait_for_load_state("networkidle")
    page.close()
    assert reader.foreign_requests() == ["https://fonts.googleapis.com/css?family=Roboto"]
    assert any("something broke" in error for error in reader.errors)
    reader.requests.clear()
    reader.errors.clear()
