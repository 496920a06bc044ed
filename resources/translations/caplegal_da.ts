<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>Actions</name>
    <message>
        <source>New case</source>
        <translation>Ny sag</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>Åbn kort</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Register payment</source>
        <translation>Registrér betaling</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>Betalingsplan</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Opgørelse</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Bogfør</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Opdater</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Udskriv</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>Statusrapport</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation>Hurtigsøgning</translation>
    </message>
</context>
<context>
    <name>AmountEdit</name>
    <message>
        <source>An amount is required.</source>
        <translation>Der skal angives et beløb.</translation>
    </message>
    <message>
        <source>Not a valid amount. Write it like %1 or 1234.56.</source>
        <translation>Ugyldigt beløb. Skriv det som %1 eller 1234.56.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Beløbet må ikke være negativt.</translation>
    </message>
</context>
<context>
    <name>FastTab</name>
    <message>
        <source>Show more</source>
        <translation>Vis mere</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Vis mindre</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filtrér (Ctrl+F)</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Eksportér til Excel</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n række eksporteret til %1</numerusform>
            <numerusform>%n rækker eksporteret til %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to Excel …</source>
        <translation>Eksporterer til Excel …</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListPages</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Hvilende</translation>
    </message>
    <message>
        <source>Recall requested</source>
        <translation>Tilbagekaldelse anmodet</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <source>Case entries</source>
        <translation>Sagsposter</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Hovedstol</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Renter</translation>
    </message>
    <message>
        <source>Fees and costs</source>
        <translation>Gebyrer og omkostninger</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Total debt</source>
        <translation>Samlet gæld</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Sagsdetaljer</translation>
    </message>
    <message>
        <source>Regarding</source>
        <translation>Vedrørende</translation>
    </message>
    <message>
        <source>Case handler</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Case overview</source>
        <translation>Sagsoversigt</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Sagsnr.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Debitor</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Remaining debt</source>
        <translation>Restgæld</translation>
    </message>
    <message>
        <source>Client statistics</source>
        <translation>Klientstatistik</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Sager</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <source>CVR no.</source>
        <translation>CVR-nr.</translation>
    </message>
    <message>
        <source>VAT registered</source>
        <translation>Momsregistreret</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Party type</source>
        <translation>Parttype</translation>
    </message>
    <message>
        <source>Post code</source>
        <translation>Postnr.</translation>
    </message>
    <message>
        <source>CPR/CVR</source>
        <translation>CPR/CVR</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Codes and tables</source>
        <translation>Koder og tabeller</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
</context>
<context>
    <name>LookupDialog</name>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
</context>
<context>
    <name>LookupEdit</name>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>F4: look up · Ctrl+F4: full list</source>
        <translation>F4: opslag · Ctrl+F4: hele listen</translation>
    </message>
    <message>
        <source>Look up (F4)</source>
        <translation>Opslag (F4)</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Opslag</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Role Center</source>
        <translation>Rollecenter</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Inkasso</translation>
    </message>
    <message>
        <source>Case overview</source>
        <translation>Sagsoversigt</translation>
    </message>
    <message>
        <source>Payment plans</source>
        <translation>Betalingsplaner</translation>
    </message>
    <message>
        <source>Fundaments</source>
        <translation>Fundamenter</translation>
    </message>
    <message>
        <source>Collection journals</source>
        <translation>Inkassokladder</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Sagsopfølgning</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Stamdata</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Opsætning</translation>
    </message>
    <message>
        <source>Codes and tables</source>
        <translation>Koder og tabeller</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>CapLegal Desktop</source>
        <translation>CapLegal Desktop</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Bruger: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <source>There is no card for this record yet.</source>
        <translation>Der findes endnu intet kort til denne post.</translation>
    </message>
    <message>
        <source>This function is not available yet.</source>
        <translation>Funktionen er ikke tilgængelig endnu.</translation>
    </message>
    <message>
        <source>No case matches “%1”.</source>
        <translation>Ingen sag matcher “%1”.</translation>
    </message>
    <message>
        <source>%1 hits for “%2”</source>
        <translation>%1 resultater for “%2”</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is not available yet.</source>
        <translation>Siden er ikke tilgængelig endnu.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>QuickSearchBox</name>
    <message>
        <source>Search: customer no., CPR, invoice, OCR, e-mail, case ...</source>
        <translation>Søg: kundenr., CPR, faktura, OCR, e-mail, sag ...</translation>
    </message>
</context>
<context>
    <name>Ribbon</name>
    <message>
        <source>Process</source>
        <translation>Proces</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Inkasso</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Handlinger</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>RoleCenterPage</name>
    <message>
        <source>Role Center</source>
        <translation>Rollecenter</translation>
    </message>
    <message>
        <source>Cases created today</source>
        <translation>Sager oprettet i dag</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Aktive sager</translation>
    </message>
    <message>
        <source>Due follow-ups</source>
        <translation>Forfaldne opfølgninger</translation>
    </message>
    <message>
        <source>Unposted journal lines</source>
        <translation>Ikke-bogførte kladdelinjer</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoritter</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <source>Outstanding on active cases</source>
        <translation>Udestående på aktive sager</translation>
    </message>
    <message>
        <source>Collected this month</source>
        <translation>Inddrevet denne måned</translation>
    </message>
    <message>
        <source>Collected this year</source>
        <translation>Inddrevet i år</translation>
    </message>
    <message>
        <source>Loading chart …</source>
        <translation>Henter diagram …</translation>
    </message>
    <message>
        <source>Quick links</source>
        <translation>Genveje</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Ny sag</translation>
    </message>
    <message>
        <source>Register payment</source>
        <translation>Registrér betaling</translation>
    </message>
    <message>
        <source>Case overview</source>
        <translation>Sagsoversigt</translation>
    </message>
    <message>
        <source>Cases created</source>
        <translation>Oprettede sager</translation>
    </message>
    <message>
        <source>Collected (kr.)</source>
        <translation>Inddrevet (kr.)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprog:</translation>
    </message>
    <message>
        <source>Amounts and dates follow the language.</source>
        <translation>Beløb og datoer følger sproget.</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Tilbage</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Næste &gt;</translation>
    </message>
    <message>
        <source>Finish (Ctrl+Enter)</source>
        <translation>Udfør (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuller (Esc)</translation>
    </message>
    <message>
        <source>Leave the wizard? What you entered will not be saved.</source>
        <translation>Vil du forlade guiden? Det indtastede gemmes ikke.</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>Hvad vil du gøre?</translation>
    </message>
</context>
</TS>
