print(callable(input), type(input).__name__)
