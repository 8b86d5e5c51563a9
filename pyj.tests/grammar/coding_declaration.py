# -*- coding: utf-8 -*-
# A coding declaration: the test reads the file as UTF-8 text, as declared.
message = "déclaration d'encodage"
symbol = "€"
