print 'naïve café'
