import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as folder:
    path = Path(folder) / "large_file.txt"
    path.write_text("x" * 10_000_000)  # 10 MB: our stand-in for a large file

    with open(path) as f:
        # blocks until the OS has read all the data
        data = f.read()

    print(f"read() returned with all {len(data):,} characters")
