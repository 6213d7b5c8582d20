class Walker:
    legs = 2
    def move(self):
        return "walk"
class Swimmer:
    fins = 1
    def move(self):
        return "swim"
class Duck(Walker, Swimmer):
    pass
class Fish(Swimmer, Walker):
    pass
print(Duck().move(), Fish().move(), Duck.legs, Duck.fins, Fish.legs)
