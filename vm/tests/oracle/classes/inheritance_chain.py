# single inheritance, overriding and super
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "%s says %s" % (self.name, self.sound)
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"
for a in (Animal("it"), Dog("rex"), Puppy("bit")):
    print(a.speak(), isinstance(a, Dog), type(a).__name__)
print(Puppy.__bases__[0].__name__, Dog.__bases__, Puppy.sound)
