name = "pin"
value = 3
text = f"""
{name} = {value}
"""
print(text)
