import asyncio
import io

from pictures import PictureFinder, Rendered
from PIL import Image


class Nothing:
    """Stands in for a service that finds nothing for this word."""

    async def find(self, word):
        return None


class FirstThatFinds:
    """A provider made of others: asks each in turn, the first picture wins."""

    def __init__(self, *providers):
        self.providers = providers

    async def find(self, word):
        for provider in self.providers:
            picture = await provider.find(word)
            if picture is not None:
                return picture
        return None


async def main():
    finder = PictureFinder(FirstThatFinds(Nothing(), Rendered()))
    picture = await finder.find("кошка")
    print(picture.caption)
    image = Image.open(io.BytesIO(picture.image))
    print(f"a {image.format} picture of {image.width}×{image.height} pixels")


asyncio.run(main())
