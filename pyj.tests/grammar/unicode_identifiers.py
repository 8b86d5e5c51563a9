# Identifiers outside ASCII, including ones that NFKC normalization changes.
π = 3.14159
größe = 'size'
naïve = café = 'accents'
日本語 = 'japanese'
переменная = 'cyrillic'
Ω = 'omega'
ﬁ = 'ligature normalizes to fi'
ｆｕｌｌ = 'fullwidth normalizes to full'
ℌ = 'black letter H'
x_ = _x = __x__ = 'underscores'
a·b = 'middle dot is an identifier continuation'


def функция(параметр, *аргументы, **ключи):
    return параметр


class Класс:
    атрибут = 1


result = функция(π, größe, ключ=Класс.атрибут)
s = f'{π} {größe=}'
