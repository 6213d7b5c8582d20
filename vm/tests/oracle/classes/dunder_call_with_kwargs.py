class Config:
    def __call__(self, *args, **kwargs):
        return args, sorted(kwargs.items())
c = Config()
print(c(), c(1), c(a=1), c(1, 2, b=3, a=4), c(*[1], **{"z": 0}))
