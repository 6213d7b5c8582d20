import os
print(type(os.listdir()), os.getcwd())
