# board: esp32
# A tiny HTTP server with a non-blocking socket and select.poll.
import socket
import select
import network
from machine import Pin

led = Pin(2, Pin.OUT)
ap = network.WLAN(network.AP_IF)
ap.config(essid="upy-demo", password="12345678", authmode=network.AUTH_WPA2_PSK)
ap.active(True)

PAGE = """HTTP/1.0 200 OK\r
Content-Type: text/html\r
\r
<html><body><h1>LED is {}</h1></body></html>
"""

addr = socket.getaddrinfo("0.0.0.0", 80)[0][-1]
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind(addr)
server.listen(2)
server.setblocking(False)
poller = select.poll()
poller.register(server, select.POLLIN)


def handle(conn):
    request = conn.recv(1024)
    if b"GET /on" in request:
        led.on()
    elif b"GET /off" in request:
        led.off()
    conn.send(PAGE.format("on" if led.value() else "off"))
    conn.close()


def serve(rounds=10):
    for _ in range(rounds):
        for obj, event in poller.poll(1000):
            if event & select.POLLIN:
                conn, remote = server.accept()
                print("client", remote)
                handle(conn)


serve()
