import unittest


class ForgotTheAsyncioTestCase(unittest.TestCase):  # (1)!
    async def test_that_should_fail(self):
        self.fail("this line never runs")
