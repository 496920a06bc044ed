"""Word lists for demo data: common Danish names, streets and business words."""

FIRST_NAMES_M = (
    "Peter Jens Lars Michael Henrik Søren Thomas Jan Niels Anders Martin Christian Morten Rasmus "
    "Jesper Mads Mikkel Kasper Frederik Jørgen Bent Torben Kim Ole Steen Per Poul Erik Jakob Emil"
).split()
FIRST_NAMES_F = (
    "Anne Kirsten Mette Hanne Anna Helle Susanne Lene Maria Marianne Inge Camilla Louise Pia "
    "Charlotte Tina Bente Karen Julie Ida Sofie Line Rikke Birgitte Lone Dorthe Maja Emma Signe"
).split()
LAST_NAMES = (
    "Nielsen Jensen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Jørgensen "
    "Petersen Madsen Kristensen Olsen Thomsen Christiansen Poulsen Johansen Møller Mortensen "
    "Knudsen Jakobsen Mikkelsen Olesen Frederiksen Laursen Henriksen Lund Schmidt Holm Kjær Bach"
).split()
STREETS = (
    "Østergade Vestergade Nørregade Søndergade Algade Storegade Jernbanegade Skolevej Kirkevej "
    "Møllevej Engvej Skovvej Birkevej Bøgevej Egevej Lindevej Ahornvej Kastanievej Rosenvænget "
    "Strandvejen Havnegade Torvet Bredgade Ringvejen Parkvej Fasanvej Industrivej Håndværkervej "
    "Ærøvej Ågade Åboulevard Grønnegade Violvej Tulipanvej Kløvervang"
).split()
BUSINESS_WORDS = (
    "Byg Tømrer VVS El Maler Auto Transport Rengøring Café Bager Fisk Data Design Frisør Have "
    "Kloak Murer Tag Gulv Glas Vin Cykel Foto Revision Ejendom"
).split()
BUSINESS_SUFFIXES = ("ApS", "A/S", "I/S", "IVS")
CLIENT_NAMES = (
    "Fjernvarme Fyn A/S",
    "Boligselskabet Ærtebjerghave",
    "Tandlægerne i Ølstykke ApS",
    "Sønderjysk Energi A/S",
    "Køge Tømrer & Snedker ApS",
    "Vestjysk Udlejning ApS",
    "Aarhus Fitness ApS",
    "Nordsjællands Elværk A/S",
    "Fynske Medier ApS",
    "Skovgaard Auto A/S",
    "Ringkøbing Kloakservice ApS",
    "Hellerup Tandklinik ApS",
    "Bornholms Vandværk A/S",
    "Djurs Sommerhusudlejning ApS",
    "Møns Revision ApS",
)
CLAIM_TEXTS = (
    "Faktura for varmeforbrug",
    "Husleje",
    "Tandbehandling",
    "El-forbrug",
    "Håndværkerydelse",
    "Abonnement",
    "Medlemskontingent",
    "Reparation af bil",
    "Annonce",
    "Vandafgift",
    "Rengøring",
    "Leje af sommerhus",
    "Revisorbistand",
)
EMPLOYEES = (
    ("ABH", "Anne Bach Holm", "ANSVARLIG", "Inkasso"),
    ("MKJ", "Mads Kjær", "ANSVARLIG", "Inkasso"),
    ("LSØ", "Lene Sørensen", "SEKRETAER", "Inkasso"),
    ("PHA", "Pia Hansen", "SEKRETAER", "Inkasso"),
    ("TRA", "Thomas Rasmussen", "SAGSBEH", "Stud.jur."),
    ("SMØ", "Sofie Møller", "SAGSBEH", "Stud.jur."),
)
