"""The theme's page frame, rendered once per folder instead of once per page.

Material renders its navigation, tabs, search box and configuration for every page, and at 20,000
pages that is a third of the build. For a page outside the navigation these parts differ only by
their relative links, which are the same for every page of a folder, so they are rendered for the
first page of each folder and reused for the others.

The project's theme folder overrides the theme's partials and blocks with calls to `part` and
`block` below; the theme's own templates stay reachable under THEME_PREFIX."""
from __future__ import annotations

import posixpath

import jinja2
from markupsafe import Markup

THEME_PREFIX = "theme-own"


class FrameCache:
    """Rendered parts of the frame, by part and folder, for one build."""

    def __init__(self, nav) -> None:
        self.parts: dict[tuple[str, str], Markup] = {}
        # Pages and links of the navigation: a page among them has its own entry marked active.
        self.nav_urls = {item.url for item in _nav_leaves(nav.items)} if nav is not None else set()

    def folder(self, page) -> str | None:
        """The folder whose pages share this page's frame, or None when its frame is its own."""
        url = getattr(page, "url", None)
        if url is None or url in self.nav_urls:
            return None
        base = url if url.endswith("/") else posixpath.dirname(url) + "/"
        if url.endswith("/") and not any(target.startswith(url) for target in self.nav_urls):
            # With directory URLs each page is a folder: its links leave it for its parent folder
            # the same way as those of its siblings do, unless the navigation leads into it.
            base = posixpath.dirname(url.rstrip("/")) + "/"
        return base

    def render(self, name: str, page, draw) -> Markup:
        folder = self.folder(page)
        if folder is None:
            return Markup(draw())
        key = (name, folder)
        if key not in self.parts:
            self.parts[key] = Markup(draw())
        return self.parts[key]


def _nav_leaves(items) -> list:
    found = []
    for item in items:
        children = getattr(item, "children", None)
        if children:
            found.extend(_nav_leaves(children))
        elif getattr(item, "url", None) is not None:
            found.append(item)
    return found


def install(env: jinja2.Environment, theme, nav) -> FrameCache:
    """Give the theme's environment the cache and a way to the theme's own templates."""
    cache = FrameCache(nav)
    own = [folder for folder in theme.dirs if folder != theme.custom_dir]
    env.loader = jinja2.ChoiceLoader([env.loader, jinja2.PrefixLoader({THEME_PREFIX: jinja2.FileSystemLoader(own)})])

    @jinja2.pass_context
    def part(context, name: str) -> Markup:
        """The theme's own partial `name`, as it renders for this page."""
        template = context.environment.get_template(f"{THEME_PREFIX}/{name}")
        return cache.render(name, context.get("page"), lambda: template.render(context.get_all()))

    @jinja2.pass_context
    def block(context, name: str, parent) -> Markup:
        """The theme's block `name` (its `super`), as it renders for this page."""
        return cache.render(f"block:{name}", context.get("page"), parent)

    env.globals["frame_part"] = part
    env.globals["frame_block"] = block
    return cache
