"""Save a PNG of OUT_DIR/graph.html as headless Chromium draws it.

Usage: python scripts/screenshot.py OUT_DIR PNG [--width 1400] [--height 860] [--select NAME]

Used for the README's docs/seeds.png. Needs Chromium at /usr/bin/chromium (or
$KG_CHROMIUM) and the playwright Python package; the page is loaded from
file:// with every other request blocked.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.viz.page import CHROMIUM, CHROMIUM_ARGS


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, help="folder holding graph.html (or the .html file itself)")
    parser.add_argument("png", type=Path, help="where to save the picture")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=860)
    parser.add_argument("--select", help="an actor to select first (any name or alias)")
    args = parser.parse_args()
    page_path = args.out_dir if args.out_dir.suffix == ".html" else args.out_dir / "graph.html"
    if not page_path.is_file():
        print(f"screenshot: no {page_path}", file=sys.stderr)
        return 1
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
        page = browser.new_page(viewport={"width": args.width, "height": args.height}, device_scale_factor=1)
        page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
        page.goto(page_path.resolve().as_uri())
        # Polled from Python: wait_for_function evaluates strings, which the page's CSP forbids.
        for _ in range(6000):
            if page.evaluate("() => window.kgReady === true"):
                break
            page.wait_for_timeout(10)
        if args.select:
            hits = page.evaluate("q => window.kgSearch(q)", args.select)
            if hits:
                page.evaluate("i => window.kgSelect(i)", hits[0])
                page.evaluate("() => window.network.fit({animation: false})")
        page.wait_for_timeout(300)
        args.png.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(args.png))
        browser.close()
    print(args.png)
    return 0


if __name__ == "__main__":
    sys.exit(main())
