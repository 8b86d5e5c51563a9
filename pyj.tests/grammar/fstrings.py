# PEP 701 f-strings: fields, conversions, format specs, debug text, nesting and quoting.
name, value, width, precision, items = 'x', 3.14159, 10, 3, [1, 2]
simple = f'{name}', F"{value}", f'''{name}''', f"""{value}"""
conversions = f'{name!r} {name!s} {name!a}'
specs = f'{value:.2f} {value:>10} {value:{width}.{precision}}', f'{name:}'
nested_spec = f'{value:{width}{"."}{precision}f}'
debug = f'{name=}', f'{value = }', f'{name=!s}', f'{value=:.1f}', f'{ name = !r:>5}'
nested_quotes = f'{"double"}', f"{'single'}", f'{f"{f'{name}'}"}'
deeply_nested = f"{f'{f"{f'{1}'}"}'}"
same_quotes = f"{"inner" + "text"}", f'{'a' 'b'}'
expressions = f'{1 + 2} {[x for x in items]} {items[0]} {len(items)} {(lambda: 1)()} {name if value else 0}'
dict_in_field = f'{ {"k": 1}["k"] }', f'{ {1, 2} }'
escapes = f'\n\t{name}\x41\N{BULLET}', f'{{literal}}', f'{{{name}}}', f'}}{{'
raw = rf'\d{name}\n', fr'{value}\s', Rf'{1}', fR'{2}', RF'\{name}'
multiline = f'''
    {name}
    {value
        + 1}
'''
multiline_expression = f"{
    name
}"
comment_in_field = f'''{value # a comment
}'''
backslash_in_field = f'{"\n".join(["a", "b"])}'
concatenated = f'{name}' 'plain' f"{value}" """more"""
bytes_free = 'a' f'{1}' 'b'
starred = f'{*items,}'
walrus = f'{(n := 5)}'
format_with_field_in_spec = f'{value:{"^" if width else "<"}{width}}'
empty_spec_in_nested = f'{value:{width}}', f'{value!r:}'
colon_in_parens = f'{(lambda x: x)(1)}'
kinds = u'' 'a' f'{name}', u'a' f'{name:>{width}}' 'b', '' f'' u'', f'{name}' '' u'' 'a', U'upper' f'{name}'
continued = f'\
{name}' u'tail'
