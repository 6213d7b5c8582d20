"""MQTT clients: `umqtt.simple` and `umqtt.robust` (which reconnects)."""
