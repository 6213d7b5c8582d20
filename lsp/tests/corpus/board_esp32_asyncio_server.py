# board: esp32
# An asyncio TCP echo server with stream reader and writer.
import asyncio
import network

wlan = network.WLAN(network.STA_IF)
wlan.active(True)


async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()
    print("closed", peer)


async def main():
    server = await asyncio.start_server(handle, "0.0.0.0", 8080)
    async with server:
        await asyncio.sleep(60)


try:
    asyncio.run(main())
finally:
    asyncio.new_event_loop()
