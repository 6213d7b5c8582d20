"""The kernel websocket of each student's server, with Nagle's algorithm off.

Tornado leaves TCP_NODELAY off on a websocket unless its handler turns it
on, and Jupyter Server does not. A cell's messages leave the server as a
burst of small frames (busy, the input, its output, the reply, idle): with
Nagle on, every frame after the first waits for the proxy to acknowledge
the first, and a loopback connection that carries traffic both ways
acknowledges late (Linux's delayed ACK, 40 ms or more). The load test saw
it as most of a cell's latency, on the way back. The proxy
(configurable-http-proxy) already sets TCP_NODELAY on its own sockets.

lab/jupyterhub_config.py names this class as the servers'
`ServerApp.kernel_websocket_connection_class`.
"""

from jupyter_server.services.kernels.connection.channels import ZMQChannelsWebsocketConnection


class NoDelayConnection(ZMQChannelsWebsocketConnection):
    def connect(self):
        self.websocket_handler.set_nodelay(True)
        return super().connect()
