# collections.UserDict, UserList and UserString: wrappers whose data attribute holds the real object.
from collections import UserDict, UserList, UserString


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


ud = UserDict({'a': 1}, b=2)
ud['c'] = 3
print(ud, ud.data, len(ud), ud['a'], ud.get('z'), 'a' in ud, list(ud), sorted(ud.items()))
print(ud.keys(), ud.values(), ud.items(), ud == {'a': 1, 'b': 2, 'c': 3}, ud != {})
del ud['c']
attempt(lambda: ud['c'])
print(ud.pop('b'), ud.pop('q', None), ud.setdefault('s', 0), ud.popitem(), ud)
attempt(lambda: UserDict().popitem())
ud.update([('x', 1)], y=2)
print(ud, ud.copy(), type(ud.copy()).__name__, ud | {'z': 1}, {'z': 1} | ud)
ud |= {'w': 0}
print(ud, UserDict.fromkeys('ab', 1))
ud.clear()
print(ud, UserDict(), UserDict[str, int])

class Missing(UserDict):
    def __missing__(self, key):
        return key * 2

m = Missing(a=1)
m.extra = 'e'
print(m['ab'], m.get('ab'), 'ab' in m, m.copy(), m.copy().extra)
attempt(lambda: hash(UserDict()))

ul = UserList([3, 1, 2])
print(ul, ul.data, len(ul), ul[0], ul[-1], ul[1:], type(ul[1:]).__name__)
ul.append(5)
ul.insert(0, 0)
ul.extend(UserList([7]))
ul.extend((8,))
print(ul, ul.pop(), ul.pop(0), ul)
ul.remove(5)
ul.sort()
print(ul, ul.count(1), ul.index(2))
ul.sort(reverse=True)
ul.reverse()
print(ul, list(reversed(ul)), 2 in ul, 9 in ul)
print(ul + [9], [9] + ul, ul + UserList([0]), ul * 2, 2 * ul, type(ul + [1]).__name__)
ul += [4]
ul *= 2
print(ul)
ul[0] = 'first'
del ul[1]
print(ul, ul.copy(), ul.copy() is ul)
print(UserList([1]) == [1], UserList([1]) < [2], UserList([1]) >= UserList([1]), UserList() == UserList())
ul.clear()
print(ul, UserList(), UserList('ab'), UserList(UserList([1])))
attempt(lambda: UserList([1]).index(5))
attempt(lambda: UserList().pop())
attempt(lambda: hash(UserList()))

us = UserString('Hello World')
print(us, repr(us), len(us), us[0], us[-5:], type(us[0]).__name__, us.upper(), us.lower())
print(us + '!', '>' + us, us * 2, us.split(), us.replace('l', 'L', 2), us.find('o'), us.rfind('o'))
print(us.startswith('He'), us.endswith('x'), us.count('l'), us.index('W'), 'World' in us, UserString('lo') in us)
print(us.center(15, '*'), us.ljust(13, '.'), us.rjust(13), us.zfill(13), us.strip('Hd'), us.title())
print(us.partition(' '), us.rpartition('o'), us.swapcase(), us.casefold(), us.capitalize(), us.isalpha())
print(us.encode(), us.join('ab'), UserString('%s-%d') % ('x', 3), us.removeprefix('Hello '), us.removesuffix('World'))
print(UserString('a\tb').expandtabs(4), UserString('a\nb').splitlines(), UserString(42), UserString(UserString('x')))
print(us == 'Hello World', us < 'Z', us > UserString('A'), hash(us) == hash('Hello World'), int(UserString('12')) + 1)
print(list(UserString('abc')), list(reversed(UserString('abc'))), sorted([UserString('b'), UserString('a')]))
print(UserString('{0}-{x}').format(1, x=2), UserString('x').maketrans('x', 'y'), us.translate({ord('o'): '0'}))
attempt(lambda: us.index('zz'))
attempt(lambda: us[100])
