# Coroutines: async def, await, async for, async with and asynchronous comprehensions.
import asyncio


async def simple():
    return 1


async def awaiting():
    value = await simple()
    await asyncio.sleep(0)
    return await simple() + (await simple())


async def iterating(aiterable):
    async for item in aiterable:
        pass
    async for a, b in aiterable:
        break
    else:
        pass


async def contexts(manager):
    async with manager:
        pass
    async with manager as a, manager as b:
        pass
    async with (manager as c, manager as d):
        pass
    async with (manager, manager,):
        pass


async def comprehensions(aiterable, items):
    return ([x async for x in aiterable],
            {x async for x in aiterable if x},
            {x: x async for x in aiterable},
            (x async for x in aiterable),
            [await y for y in items],
            [x for x in items async for y in aiterable])


async def async_generator():
    yield 1
    await asyncio.sleep(0)


def decorator(f):
    return f


@decorator
async def decorated():
    pass


async def await_precedence(x):
    return -await x, await x ** 2, await x.attr, await x[0], await x()
