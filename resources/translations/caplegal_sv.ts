<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>Actions</name>
    <message>
        <source>New case</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>Öppna kort</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Register payment</source>
        <translation>Registrera betalning</translation>
    </message>
    <message>
        <source>Payment plan</source>
        <translation>Avbetalningsplan</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Specifikation</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Bokför</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
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
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation>Snabbsök</translation>
    </message>
</context>
<context>
    <name>AmountEdit</name>
    <message>
        <source>An amount is required.</source>
        <translation>Ett belopp måste anges.</translation>
    </message>
    <message>
        <source>Not a valid amount. Write it like %1 or 1234.56.</source>
        <translation>Ogiltigt belopp. Skriv det som %1 eller 1234.56.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Beloppet får inte vara negativt.</translation>
    </message>
</context>
<context>
    <name>FastTab</name>
    <message>
        <source>Show more</source>
        <translation>Visa mer</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Visa mindre</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation>Filtrera (Ctrl+F)</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Exportera till Excel</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n rad exporterad till %1</numerusform>
            <numerusform>%n rader exporterade till %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to Excel …</source>
        <translation>Exporterar till Excel …</translation>
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
        <translation>Vilande</translation>
    </message>
    <message>
        <source>Recall requested</source>
        <translation>Återkallelse begärd</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Case entries</source>
        <translation>Ärendeposter</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Kapital</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Ränta</translation>
    </message>
    <message>
        <source>Fees and costs</source>
        <translation>Avgifter och kostnader</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Total debt</source>
        <translation>Total skuld</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Ärendeuppgifter</translation>
    </message>
    <message>
        <source>Regarding</source>
        <translation>Avser</translation>
    </message>
    <message>
        <source>Case handler</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Case overview</source>
        <translation>Ärendeöversikt</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>Ärendenr</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Gäldenär</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Registrerat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Remaining debt</source>
        <translation>Restskuld</translation>
    </message>
    <message>
        <source>Client statistics</source>
        <translation>Klientstatistik</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienter</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>CVR no.</source>
        <translation>Org.nr</translation>
    </message>
    <message>
        <source>VAT registered</source>
        <translation>Momsregistrerad</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parter</translation>
    </message>
    <message>
        <source>Party type</source>
        <translation>Parttyp</translation>
    </message>
    <message>
        <source>Post code</source>
        <translation>Postnr</translation>
    </message>
    <message>
        <source>CPR/CVR</source>
        <translation>Personnr/Orgnr</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Medarbetare</translation>
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
        <translation>Koder och tabeller</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabell</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
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
        <translation>Kod</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>F4: look up · Ctrl+F4: full list</source>
        <translation>F4: slå upp · Ctrl+F4: hela listan</translation>
    </message>
    <message>
        <source>Look up (F4)</source>
        <translation>Slå upp (F4)</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Slå upp</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Role Center</source>
        <translation>Startsida</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Inkasso</translation>
    </message>
    <message>
        <source>Case overview</source>
        <translation>Ärendeöversikt</translation>
    </message>
    <message>
        <source>Payment plans</source>
        <translation>Avbetalningsplaner</translation>
    </message>
    <message>
        <source>Fundaments</source>
        <translation>Exekutionstitlar</translation>
    </message>
    <message>
        <source>Collection journals</source>
        <translation>Inkassojournaler</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Bevakningar</translation>
    </message>
    <message>
        <source>Master data</source>
        <translation>Grunddata</translation>
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
        <translation>Medarbetare</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Codes and tables</source>
        <translation>Koder och tabeller</translation>
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
        <translation>Användare: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Databas: %1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Företag: %1</translation>
    </message>
    <message>
        <source>There is no card for this record yet.</source>
        <translation>Det finns ännu inget kort för denna post.</translation>
    </message>
    <message>
        <source>This function is not available yet.</source>
        <translation>Funktionen är inte tillgänglig ännu.</translation>
    </message>
    <message>
        <source>No case matches “%1”.</source>
        <translation>Inget ärende matchar “%1”.</translation>
    </message>
    <message>
        <source>%1 hits for “%2”</source>
        <translation>%1 träffar på “%2”</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is not available yet.</source>
        <translation>Sidan är inte tillgänglig ännu.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>QuickSearchBox</name>
    <message>
        <source>Search: customer no., CPR, invoice, OCR, e-mail, case ...</source>
        <translation>Sök: kundnr, personnr, faktura, OCR, e-post, ärende ...</translation>
    </message>
</context>
<context>
    <name>Ribbon</name>
    <message>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Inkasso</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Åtgärder</translation>
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
        <translation>Startsida</translation>
    </message>
    <message>
        <source>Cases created today</source>
        <translation>Ärenden registrerade i dag</translation>
    </message>
    <message>
        <source>Active cases</source>
        <translation>Aktiva ärenden</translation>
    </message>
    <message>
        <source>Due follow-ups</source>
        <translation>Förfallna bevakningar</translation>
    </message>
    <message>
        <source>Unposted journal lines</source>
        <translation>Ej bokförda journalrader</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriter</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Nyckeltal</translation>
    </message>
    <message>
        <source>Outstanding on active cases</source>
        <translation>Utestående på aktiva ärenden</translation>
    </message>
    <message>
        <source>Collected this month</source>
        <translation>Inkasserat denna månad</translation>
    </message>
    <message>
        <source>Collected this year</source>
        <translation>Inkasserat i år</translation>
    </message>
    <message>
        <source>Loading chart …</source>
        <translation>Hämtar diagram …</translation>
    </message>
    <message>
        <source>Quick links</source>
        <translation>Snabblänkar</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nytt ärende</translation>
    </message>
    <message>
        <source>Register payment</source>
        <translation>Registrera betalning</translation>
    </message>
    <message>
        <source>Case overview</source>
        <translation>Ärendeöversikt</translation>
    </message>
    <message>
        <source>Cases created</source>
        <translation>Registrerade ärenden</translation>
    </message>
    <message>
        <source>Collected (kr.)</source>
        <translation>Inkasserat (kr)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <source>Amounts and dates follow the language.</source>
        <translation>Belopp och datum följer språket.</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Tillbaka</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Nästa &gt;</translation>
    </message>
    <message>
        <source>Finish (Ctrl+Enter)</source>
        <translation>Slutför (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Avbryt (Esc)</translation>
    </message>
    <message>
        <source>Leave the wizard? What you entered will not be saved.</source>
        <translation>Vill du lämna guiden? Det du har angett sparas inte.</translation>
    </message>
    <message>
        <source>What do you want to do?</source>
        <translation>Vad vill du göra?</translation>
    </message>
</context>
</TS>
