import asyncio
import contextvars
import logging

request_id = contextvars.ContextVar("request_id", default="-")
log = logging.getLogger("shop")


class RequestIdFilter(logging.Filter):
    """Adds the current request id to every record the handler sees."""

    def filter(self, record):
        record.request_id = request_id.get()
        return True


def configure_logging():
    handler = logging.StreamHandler()
    handler.addFilter(RequestIdFilter())  # (1)!
    logging.basicConfig(
        format="%(request_id)s %(name)s: %(message)s",
        level=logging.INFO,
        handlers=[handler],
        force=True,  # (2)!
    )


async def look_up_price(item):
    log.info("looking up %s", item)  # (3)!
    await asyncio.sleep(0.1)


async def handle(new_request_id, item):
    request_id.set(new_request_id)
    log.info("request for %s", item)
    await look_up_price(item)
    log.info("answered")


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(handle("req-1", "tea"))
        tg.create_task(handle("req-2", "cake"))
    log.info("all answered")


configure_logging()
asyncio.run(main())
