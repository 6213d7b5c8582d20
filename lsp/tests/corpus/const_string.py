from micropython import const
X = const("text")
