import time
import urllib.request

from slow_site import blocking_site, tenths

with blocking_site(delay=0.3) as site:  # (1)!
    start = time.perf_counter()
    for name in ["a", "b", "c"]:
        # blocks until the site returns a response
        with urllib.request.urlopen(f"{site}/{name}") as response:
            print(response.read().decode())
    print(f"3 pages, one after another: {tenths(time.perf_counter() - start)}")
