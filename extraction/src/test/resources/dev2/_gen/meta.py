# t-id: (country, region, style)
META = {
 't01': ('Syria', 'ME', 'monitor (SOHR)'), 't02': ('Syria', 'ME', 'wire (Reuters)'), 't03': ('Syria', 'ME', 'local news'),
 't04': ('Syria', 'ME', 'ministry/army statement (SANA)'), 't05': ('Syria', 'ME', 'OCHA/UN flash update'), 't06': ('Syria', 'ME', 'wire (AFP)'),
 't07': ('Syria', 'ME', 'live blog'), 't08': ('Syria', 'ME', 'monitor weekly round-up'), 't09': ('Syria', 'ME', 'feature (AP)'),
 't10': ('Ukraine', 'EU', 'wire (Reuters)'), 't11': ('Ukraine', 'EU', 'wire (AP)'), 't12': ('Russia', 'EU', 'ministry/governor statement (Russian agency)'),
 't13': ('Azerbaijan', 'EU', 'wire (Reuters)'), 't14': ('Armenia', 'EU', 'wire (AP)'), 't15': ('Yemen', 'ME', 'wire (Reuters)'),
 't16': ('Iraq', 'ME', 'wire (AP)'), 't17': ('Lebanon', 'ME', 'wire (agency)'), 't18': ('Palestine', 'ME', 'wire (Reuters)'),
 't19': ('Afghanistan', 'SA', 'wire (AFP)'), 't20': ('Pakistan', 'SA', 'ministry/army statement (ISPR)'), 't21': ('India', 'SA', 'local news'),
 't22': ('Myanmar', 'SEA', 'local news'), 't23': ('Philippines', 'SEA', 'wire'), 't24': ('Thailand', 'SEA', 'local news'),
 't25': ('Bangladesh', 'SA', 'local news'), 't26': ('Colombia', 'LA', 'wire (AFP)'), 't27': ('Mexico', 'LA', 'wire (AP)'),
 't28': ('Haiti', 'LA', 'OCHA/UN flash update'), 't29': ('Ecuador', 'LA', 'wire (Reuters)'), 't30': ('Brazil', 'LA', 'wire (AP)'),
 't31': ('Nigeria', 'AF', 'local news'), 't32': ('Nigeria', 'AF', 'local news'), 't33': ('Burkina Faso (+Mali, Niger)', 'AF', 'monitor weekly round-up (ACLED-like)'),
 't34': ('Mali', 'AF', 'wire (AFP)'), 't35': ('Niger', 'AF', 'wire (Reuters)'), 't36': ('Somalia', 'AF', 'local news'),
 't37': ('Sudan', 'AF', 'live blog'), 't38': ('South Sudan', 'AF', 'OCHA/UN statement (UNMISS)'), 't39': ('Ethiopia', 'AF', 'feature (AP)'),
 't40': ('DR Congo', 'AF', 'local news'), 't41': ('Mozambique', 'AF', 'OCHA/UN flash update'), 't42': ('Cameroon', 'AF', 'local news'),
 't43': ('Central African Republic', 'AF', 'local news'), 't44': ('Libya', 'AF', 'wire (Reuters)'), 't45': ('Kenya', 'AF', 'wire (AP)'),
}
