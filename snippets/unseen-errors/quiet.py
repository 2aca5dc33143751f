import asyncio
import logging

log = logging.getLogger("shop")


async def main():
    log.debug("opening the shop")
    await asyncio.sleep(0.1)
    log.debug("shop closed")


logging.basicConfig(
    format="%(levelname)s %(name)s: %(message)s", level=logging.DEBUG, force=True
)
logging.getLogger("asyncio").setLevel(logging.WARNING)  # (1)!
asyncio.run(main(), debug=True)
