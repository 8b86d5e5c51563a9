type Alias[*Ts: int] = tuple[*Ts]
