import asyncio


async def fetch_user(user_id):
    await asyncio.sleep(0.1)
    return {"id": user_id, "name": "Ann"}


async def main():
    user = fetch_user(1)  # (1)!
    print(user["name"])


asyncio.run(main())
