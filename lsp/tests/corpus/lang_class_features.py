# Class features: properties with setters, inheritance chains, super with
# arguments, class attributes, __init_subclass__-free registries, mixins.
class Base:
    registry = []
    count = 0

    def __init__(self, name):
        self._name = name
        Base.count += 1
        Base.registry.append(self)

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        if not value:
            raise ValueError("empty name")
        self._name = value

    def describe(self):
        return "%s(%s)" % (type(self).__name__, self._name)


class LoggingMixin:
    def log(self, msg):
        return "[%s] %s" % (self.name, msg)


class Sensor(LoggingMixin, Base):
    def __init__(self, name, unit="C"):
        super().__init__(name)
        self.unit = unit

    def describe(self):
        return super().describe() + " in " + self.unit


class Thermo(Sensor):
    def __init__(self, name):
        super(Thermo, self).__init__(name, unit="K")


t = Thermo("t1")
t.name = "t2"
print(t.describe(), t.log("ok"), Base.count, len(Base.registry), isinstance(t, LoggingMixin))
try:
    t.name = ""
except ValueError as e:
    print(e)
print(Thermo.__name__, Sensor.__bases__ if hasattr(Sensor, "__bases__") else ())
