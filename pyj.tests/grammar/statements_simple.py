# Simple statements: pass, del, assert, raise, return, global, nonlocal, imports and semicolons.
import os
import os.path
import os.path as osp, sys as system
from os import path
from os import path as p, sep
from os.path import (join, split,
                     splitext as ext,)
from os.path import *
from . import sibling
from .package import module as alias
from .. import parent
from ...grand import child
from .... import great
counter = 0
pass
x = [1, 2, 3]; y = {'k': 1}; z = 0
del x[0], y['k']
del z
del (x), [y]
del x[:]
assert counter == 0
assert counter == 0, 'message'
assert (counter, 'not a tuple assertion') if False else True


def raising(flag):
    if flag == 1:
        raise
    if flag == 2:
        raise ValueError
    if flag == 3:
        raise ValueError('x') from None
    if flag == 4:
        raise ValueError('x') from KeyError('y')
    return
    return flag
    return flag, flag
    return *[flag], flag


def scopes():
    global counter, x
    counter += 1
    value = 0

    def inner():
        nonlocal value
        value += 1
        return value
    return inner


if True: pass; counter = 1;
while False: break
for _ in (): continue
