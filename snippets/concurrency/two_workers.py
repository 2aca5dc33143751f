import time
from concurrent.futures import ThreadPoolExecutor

from slow_site import blocking_site, get, tenths

with blocking_site(delay=0.3) as site, ThreadPoolExecutor(max_workers=2) as pool:
    start = time.perf_counter()
    urls = [f"{site}/{name}" for name in ["a", "b", "c", "d"]]
    for page in pool.map(get, urls):
        print(page)
    print(f"4 pages, 2 threads: {tenths(time.perf_counter() - start)}")
