class ErrorRecorder:
    """An exception handler that keeps what it is given, instead of logging it."""

    def __init__(self):
        self.errors = []

    def __call__(self, loop, context):
        self.errors.append((context["message"], context.get("exception")))

    def report(self):
        print(f"{len(self.errors)} errors nobody handled")
        for message, exception in self.errors:
            print(f"  {message}: {exception!r}")
