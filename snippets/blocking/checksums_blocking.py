import asyncio
import hashlib
import time

READ_SECONDS = 0.2


def read_file(name):
    time.sleep(READ_SECONDS)  # a slow disk
    return name.encode() * 1000


async def checksum(name):
    data = read_file(name)
    return hashlib.sha256(data).hexdigest()[:8]


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    sums = await asyncio.gather(*(checksum(name) for name in ["a", "b", "c"]))
    reads = int((loop.time() - start) / READ_SECONDS + 0.01)  # whole reads
    print(f"{len(sums)} checksums took {reads} × the time of one read")


asyncio.run(main(), debug=False)
