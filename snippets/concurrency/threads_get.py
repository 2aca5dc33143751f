import time
from concurrent.futures import ThreadPoolExecutor

from slow_site import blocking_site, get, tenths

with blocking_site(delay=0.3) as site, ThreadPoolExecutor() as pool:
    start = time.perf_counter()
    urls = [f"{site}/{name}" for name in ["a", "b", "c"]]
    for page in pool.map(get, urls):  # (1)!
        print(page)
    print(f"3 pages, in 3 threads: {tenths(time.perf_counter() - start)}")
