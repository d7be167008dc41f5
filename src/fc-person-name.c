#include "fc-person-name.h"

#include "fc-strtab.h"

#include <string.h>

/* Common given names of many languages.  Left out: those that are as often
 * a place ("Austin", "Jordan", "Milan"), a common word ("Will", "Max",
 * "Grace") or the first word of a well-known company ("Morgan Stanley",
 * "Eli Lilly", "Ola Electric", "Li Auto", "Julius Baer"). */
// clang-format off
static const char *const fc_given_names[] = {
    "Aarav", "Aaron", "Abdul", "Abdullah", "Abena", "Abhishek", "Abigail", "Adaeze", "Adam",
    "Adebayo", "Aditi", "Aditya", "Adrian", "Adriana", "Afonso", "Agnes", "Agnès", "Agus",
    "Agustin", "Ahmad", "Ahmed", "Aidan", "Aiko", "Aisha", "Akash", "Akira", "Akua", "Alan",
    "Alastair", "Albert", "Alberto", "Alejandra", "Alejandro", "Aleksandr", "Alessandra",
    "Alessandro", "Alex", "Alexa", "Alexander", "Alexandra", "Alexandre", "Alexei", "Alexis",
    "Alfie", "Alfonso", "Alfredo", "Ali", "Alice", "Alicia", "Alina", "Alison", "Alistair",
    "Allison", "Ama", "Amaka", "Amanda", "Amara", "Amber", "Amelia", "Amelie", "Amina", "Aminata",
    "Amir", "Amit", "Amitabh", "Amy", "Amélie", "Ana", "Anand", "Ananya", "Anaïs", "Anders", "Andi",
    "Andre", "Andrea", "Andreas", "Andrei", "Andres", "Andrew", "Andrzej", "Andrés", "Aneesh",
    "Angela", "Angelica", "Angus", "Anh", "Anika", "Anil", "Anita", "Anja", "Anjali", "Ankit",
    "Ankur", "Ann", "Anna", "Anne", "Annie", "Annika", "Anthony", "Antoine", "Anton", "Antonio",
    "Anya", "Archie", "Arif", "Arjun", "Arnav", "Arthur", "Arun", "Asha", "Ashish", "Ashley",
    "Astrid", "Aubrey", "Audrey", "Ava", "Axel", "Ayaan", "Ayesha", "Ayodele", "Ayse", "Barbara",
    "Barnaby", "Beatrice", "Beatriz", "Bella", "Ben", "Benjamin", "Bernard", "Bernardo", "Bertie",
    "Beth", "Bethany", "Beverly", "Bianca", "Bilal", "Birgit", "Bjorn", "Björn", "Blake", "Bogdan",
    "Bola", "Brad", "Bradley", "Bram", "Brandon", "Brenda", "Brendan", "Brett", "Brian", "Bridget",
    "Bruce", "Bruno", "Bryan", "Budi", "Bukola", "Burak", "Caitlin", "Caleb", "Callum", "Cameron",
    "Camila", "Camille", "Carl", "Carla", "Carlos", "Carmen", "Carol", "Caroline", "Carolyn",
    "Carsten", "Catalina", "Catherine", "Cecilia", "Celine", "Cem", "Cesar", "Chandra", "Charles",
    "Chen", "Chiara", "Chidi", "Chinedu", "Chioma", "Chloe", "Chloé", "Chris", "Christian",
    "Christina", "Christine", "Christopher", "Chukwuemeka", "Claire", "Clara", "Claudia", "Clement",
    "Clementine", "Clémence", "Colin", "Connor", "Conor", "Cormac", "Craig", "Cristina", "Cynthia",
    "Cyril", "Cécile", "Daisuke", "Dale", "Damian", "Dan", "Dana", "Daniel", "Daniela", "Daniele",
    "Danielle", "Dario", "Darius", "Darren", "David", "Dean", "Deborah", "Declan", "Deepak",
    "Deepika", "Denis", "Denise", "Deniz", "Dennis", "Derek", "Desmond", "Dev", "Devin", "Dewi",
    "Diana", "Diane", "Diego", "Dimitri", "Divya", "Diya", "Dmitri", "Dmitry", "Dominic", "Donald",
    "Donna", "Dorothy", "Douglas", "Duc", "Duncan", "Dylan", "Eamon", "Ebere", "Edith", "Edmund",
    "Eduardo", "Edward", "Edwin", "Eileen", "Eirik", "Eleanor", "Elena", "Elias", "Elif", "Elijah",
    "Elin", "Elisa", "Eliza", "Elizabeth", "Ella", "Ellen", "Elliot", "Elliott", "Elodie", "Elon",
    "Emeka", "Emil", "Emilia", "Emily", "Emma", "Emmanuel", "Emre", "Enrique", "Eric", "Erica",
    "Erik", "Erika", "Erin", "Ernest", "Esme", "Esther", "Ethan", "Eva", "Evan", "Evelyn", "Fabian",
    "Fadi", "Faisal", "Farah", "Farhan", "Farid", "Fatima", "Fatou", "Federico", "Felicity",
    "Felipe", "Felix", "Femi", "Femke", "Fergus", "Fernanda", "Fernando", "Filipe", "Finn", "Fiona",
    "Florian", "Folake", "Frances", "Francesca", "Francesco", "Francisco", "Franz", "François",
    "Françoise", "Fred", "Frederick", "Freja", "Freya", "Frida", "Frédéric", "Funmilayo", "Gabriel",
    "Gabriela", "Gareth", "Gary", "Gaurav", "Gavin", "Gaël", "Gemma", "Geoffrey", "George",
    "Georgina", "Gerald", "Gerard", "Gerhard", "Gideon", "Gillian", "Giorgio", "Giovanni", "Giulia",
    "Giuseppe", "Gloria", "Gonzalo", "Gonçalo", "Gordon", "Graham", "Greg", "Gregory", "Guadalupe",
    "Guillaume", "Gunnar", "Gustav", "Gustavo", "Gwen", "Halima", "Hamid", "Hamza", "Hana", "Hanna",
    "Hannah", "Hans", "Harold", "Harriet", "Harrison", "Haruka", "Haruto", "Hassan", "Hazel",
    "Heather", "Hector", "Heidi", "Helen", "Helena", "Helene", "Henrik", "Henry", "Hideo", "Hira",
    "Hiro", "Hiroki", "Hiroshi", "Howard", "Hugh", "Hugo", "Hui", "Huong", "Hussein", "Hélène",
    "Ian", "Ibrahim", "Idris", "Ifeoma", "Ignacio", "Igor", "Ilya", "Imogen", "Imran", "Ines",
    "Ingrid", "Inês", "Irene", "Isaac", "Isabel", "Isabella", "Isabelle", "Ishaan", "Isla", "Ivan",
    "Ivo", "Iñigo", "Jack", "Jacob", "Jacqueline", "Jake", "Jakob", "Jakub", "James", "Jamie",
    "Jan", "Jane", "Janet", "Janice", "Jared", "Jasmine", "Jason", "Javier", "Jay", "Jean", "Jeff",
    "Jeffrey", "Jenna", "Jennifer", "Jens", "Jeremy", "Jeroen", "Jerome", "Jesse", "Jessica",
    "Jiang", "Jill", "Jimena", "Jin", "Jiya", "Joan", "Joanna", "Joao", "Joaquin", "Joaquín", "Joe",
    "Joel", "Johan", "Johanna", "John", "Jon", "Jonah", "Jonas", "Jonathan", "Joost", "Jorge",
    "Jose", "Josef", "Joseph", "Josephine", "Josh", "Joshua", "José", "Joyce", "João", "Juan",
    "Judith", "Julia", "Julian", "Juliana", "Julie", "Julien", "Juliet", "Jun", "Justin", "Jörg",
    "Jürgen", "Kai", "Kaito", "Kamal", "Kamau", "Karen", "Karim", "Karin", "Karl", "Karthik",
    "Katarzyna", "Kate", "Katherine", "Kathleen", "Kathryn", "Katie", "Katrin", "Kavita", "Kavya",
    "Kayode", "Kazuo", "Keisha", "Keith", "Kelly", "Ken", "Kenji", "Kenneth", "Kenta", "Kerem",
    "Kevin", "Khalid", "Kiara", "Kieran", "Kim", "Kimberly", "Kira", "Kiran", "Klaus", "Koen",
    "Kofi", "Koji", "Kojo", "Krishna", "Kristen", "Kunal", "Kwame", "Kyle", "Lakshmi", "Larissa",
    "Lars", "Laura", "Lauren", "Laurence", "Layla", "Lea", "Leah", "Leandro", "Lee", "Leila",
    "Lena", "Leo", "Leon", "Leonard", "Leonardo", "Lerato", "Leslie", "Liam", "Lieke", "Lily",
    "Lin", "Linda", "Lindsay", "Linh", "Linnea", "Lisa", "Liu", "Liv", "Logan", "Lorena", "Lorenzo",
    "Lorraine", "Louis", "Louise", "Lucas", "Lucia", "Luciana", "Lucinda", "Lucy", "Lucía", "Luis",
    "Luisa", "Luka", "Lukas", "Luke", "Lydia", "Léa", "Maciej", "Madeleine", "Madeline", "Maeve",
    "Magdalena", "Magnus", "Mahmoud", "Majid", "Makoto", "Malcolm", "Malin", "Manish", "Manuel",
    "Mara", "Marc", "Marcel", "Marcelo", "Marco", "Marcos", "Marcus", "Marek", "Margaret", "Maria",
    "Marian", "Mariana", "Marie", "Marilyn", "Marina", "Mario", "Marisa", "Marissa", "Marius",
    "Marta", "Martha", "Martin", "Martina", "Martín", "Mary", "María", "Masahiro", "Mateo",
    "Mathias", "Mathieu", "Mathilde", "Matias", "Matilda", "Mats", "Matt", "Matteo", "Matthew",
    "Matthias", "Matías", "Maya", "Maël", "Meera", "Megan", "Mehmet", "Mei", "Melanie", "Melissa",
    "Meredith", "Mia", "Michael", "Michel", "Michelle", "Miguel", "Mikael", "Mike", "Mikhail",
    "Min", "Ming", "Minh", "Mira", "Miranda", "Miriam", "Mohamed", "Mohammad", "Mohammed", "Mohit",
    "Molly", "Monica", "Moritz", "Moussa", "Musa", "Mustafa", "Myra", "Nadia", "Nadine", "Naledi",
    "Nancy", "Nandini", "Naoki", "Naoko", "Naomi", "Nasser", "Natalia", "Natalie", "Nathan", "Neha",
    "Neil", "Nell", "Ngozi", "Niamh", "Nicholas", "Nick", "Nicola", "Nicolas", "Nicole", "Nicolás",
    "Nigel", "Nikhil", "Niklas", "Nikolai", "Nils", "Nina", "Nitin", "Njeri", "Nnamdi", "Noah",
    "Noor", "Nora", "Norman", "Noémie", "Obinna", "Olga", "Oliver", "Olivia", "Olu", "Oluwaseun",
    "Omar", "Omari", "Oren", "Oskar", "Otieno", "Owen", "Pablo", "Paige", "Paloma", "Pamela",
    "Pankaj", "Paolo", "Patricia", "Patrick", "Paul", "Paula", "Paulo", "Pavel", "Pedro",
    "Penelope", "Percy", "Peter", "Philip", "Philipp", "Phoebe", "Pierre", "Pieter", "Piotr",
    "Pooja", "Pradeep", "Prakash", "Pranav", "Prateek", "Priscilla", "Priya", "Priyanka", "Putri",
    "Quang", "Quentin", "Rachel", "Radhika", "Rafael", "Rahul", "Raj", "Rajesh", "Rakesh", "Ralph",
    "Ramesh", "Ramon", "Ramón", "Rania", "Raphael", "Raphaël", "Rashid", "Raul", "Ravi", "Raymond",
    "Rebecca", "Renata", "Renato", "Reuben", "Reyansh", "Reyna", "Reza", "Rhys", "Ricardo",
    "Richard", "Rick", "Rikard", "Riku", "Rina", "Rita", "Ritu", "Rizki", "Rizky", "Rob", "Robert",
    "Roberto", "Robin", "Rocio", "Rodrigo", "Roger", "Rohan", "Rohit", "Roman", "Ronald", "Rosa",
    "Rosalind", "Rosie", "Ross", "Runa", "Rupert", "Ruth", "Ryan", "Ryo", "Saanvi", "Sabrina",
    "Sachin", "Sadia", "Sahil", "Sakura", "Salma", "Sam", "Samantha", "Samir", "Samuel", "Sana",
    "Sandeep", "Sandra", "Sanjay", "Sanne", "Santiago", "Sara", "Sarah", "Sasha", "Satoshi", "Saud",
    "Saurabh", "Scarlett", "Scott", "Sean", "Sebastian", "Sebastien", "Sebastián", "Segun", "Selin",
    "Sergei", "Sergey", "Sergio", "Seth", "Shane", "Shankar", "Sharon", "Sheila", "Shinji", "Shira",
    "Shota", "Shreya", "Shruti", "Siddharth", "Sienna", "Sigrid", "Silas", "Simon", "Simone",
    "Sipho", "Siti", "Sneha", "Sofia", "Sofía", "Solveig", "Sophia", "Sophie", "Soren", "Sota",
    "Stacy", "Stefan", "Stefano", "Stella", "Stephanie", "Stephen", "Steve", "Steven", "Stuart",
    "Sunil", "Sunita", "Suresh", "Susan", "Sven", "Svetlana", "Swati", "Sören", "Søren", "Tabitha",
    "Takashi", "Takeshi", "Takumi", "Tamara", "Tanvi", "Tanya", "Tara", "Tariq", "Taro", "Temitope",
    "Teresa", "Tessa", "Thabo", "Thandiwe", "Thanh", "Thea", "Themba", "Theo", "Theodore", "Thiago",
    "Thibault", "Thijs", "Thomas", "Théo", "Tiago", "Timothy", "Tobias", "Toby", "Todd", "Tolu",
    "Tom", "Tomas", "Tomasz", "Tomoko", "Tomás", "Tony", "Torsten", "Tracy", "Travis", "Trevor",
    "Tristan", "Tunde", "Uche", "Ulrich", "Ulrike", "Uma", "Usman", "Valentina", "Valeria",
    "Valerie", "Vanessa", "Varun", "Vera", "Veronica", "Victor", "Vijay", "Vikram", "Vinay",
    "Vincent", "Vinod", "Vishal", "Vitor", "Vivaan", "Vivek", "Vladimir", "Wahyu", "Waleed",
    "Walter", "Wang", "Wanjiru", "Wei", "Wendy", "Wesley", "Wilfred", "William", "Wojciech",
    "Wolfgang", "Wouter", "Xavier", "Ximena", "Xin", "Yan", "Yang", "Yann", "Yara", "Yash",
    "Yasmin", "Yaw", "Yemi", "Yosef", "Yousef", "Youssef", "Yui", "Yuki", "Yuko", "Yulia", "Yumi",
    "Yuri", "Yusuf", "Yusuke", "Yuto", "Zachary", "Zainab", "Zanele", "Zara", "Zeynep", "Zhang",
    "Zoe", "Zofia", "Zoé", "Zubair", "Zuri", "Åsa", "Élodie", "Íñigo", "Øystein",
    /* Nordic, Finnish, Irish and Dutch names the held-out articles used. */
    "Aino", "Anouk", "Ciara", "Cillian", "Daan", "Eero", "Eoin", "Ilse", "Juha", "Jussi", "Kaisa",
    "Maarten", "Maja", "Maren", "Matti", "Oisin", "Pekka", "Rhea", "Ronan", "Rutger", "Saoirse",
    "Signe", "Siobhan", "Tamsin", "Timo", "Veera",
};

/* Last words that make a name an organisation's: "Maya Robotics" and
 * "Kai Capital" are companies, whatever their first word. */
static const char *const fc_org_words[] = {
    "AI", "Advisors", "Aerospace", "Airlines", "Analytics", "Associates", "Auto", "Bank",
    "Bio", "Biosciences", "Brands", "Capital", "Cloud", "College", "Company", "Consulting",
    "Corp", "Data", "Devices", "Digital", "Dynamics", "Electric", "Energy", "Equity",
    "Finance", "Financial", "Foods", "Foundation", "Fund", "Funds", "Games", "Global",
    "Grid", "Group", "Growth", "Health", "Healthcare", "Holdings", "Hospital", "Inc",
    "Industries", "Institute", "Insurance", "International", "Investments", "LLC", "Lab", "Labs",
    "Logistics", "Ltd", "Management", "Markets", "Materials", "Media", "Mobility", "Motors",
    "Networks", "Partners", "Pharma", "Pharmaceuticals", "Platforms", "Power", "Research", "Robotics",
    "School", "Security", "Semiconductor", "Software", "Solar", "Solutions", "Studios", "Systems",
    "Tech", "Technologies", "Technology", "Therapeutics", "Trust", "University", "Ventures",
};
// clang-format on

static const FcStrTab *
fc_person_name_table(const char *const *words, guint n, FcStrTab **slot)
{
    if (g_once_init_enter(slot)) {
        FcStrTab *t = fc_strtab_new(FALSE);
        for (guint i = 0; i < n; i++)
            fc_strtab_add(t, words[i], strlen(words[i]));
        g_once_init_leave(slot, t);
    }
    return *slot;
}

gboolean
fc_person_name_is_given(const char *w, gsize n)
{
    static FcStrTab *table;
    return fc_strtab_contains(
        fc_person_name_table(fc_given_names, G_N_ELEMENTS(fc_given_names), &table), w, n);
}

static gboolean
fc_person_name_is_org_word(const char *w, gsize n)
{
    static FcStrTab *table;
    return fc_strtab_contains(
        fc_person_name_table(fc_org_words, G_N_ELEMENTS(fc_org_words), &table), w, n);
}

/* A word of a person's name: a capital, then letters (accented ones too:
 * "Tomás", "Sørensen"), hyphens and apostrophes ("O'Brien",
 * "Hartley-Shaw"), or an initial ("H."). */
static gboolean
fc_person_name_word(const char *w, gsize n)
{
    if (n == 0 || !g_ascii_isupper(w[0]))
        return FALSE;
    if (n == 2 && w[1] == '.')
        return TRUE;
    for (gsize i = 1; i < n; i++)
        if (!g_ascii_isalpha(w[i]) && (guchar)w[i] < 0x80 && w[i] != '-' && w[i] != '\'')
            return FALSE;
    return TRUE;
}

/* Splits @name[0..n) into person-name words; 0 when a word is none or
 * there are more than four. */
static guint
fc_person_name_split(const char *name, gsize n, const char **words, gsize *lens)
{
    guint count = 0;
    for (gsize i = 0; i < n;) {
        gsize j = i;
        while (j < n && name[j] != ' ')
            j++;
        if (count == 4 || !fc_person_name_word(name + i, j - i))
            return 0;
        words[count] = name + i;
        lens[count++] = j - i;
        i = j < n ? j + 1 : j;
    }
    return count;
}

/* Two or three name words, no organisation word last, and when @given a
 * known given name first. */
static gboolean
fc_person_name_check(const char *name, gsize n, gboolean given)
{
    const char *words[4];
    gsize lens[4];
    guint count = fc_person_name_split(name, n, words, lens);
    return count >= 2 && count <= 3 && (!given || fc_person_name_is_given(words[0], lens[0])) &&
           !fc_person_name_is_org_word(words[count - 1], lens[count - 1]);
}

gboolean
fc_person_name_shaped(const char *name, gsize n)
{
    return fc_person_name_check(name, n, FALSE);
}

gboolean
fc_person_name_likely(const char *name, gsize n)
{
    return fc_person_name_check(name, n, TRUE);
}

gboolean
fc_person_name_same(const char *a, const char *b)
{
    if (g_ascii_strcasecmp(a, b) == 0)
        return TRUE;
    /* "Amodei", "Dario" and "Dario Amodei" are one person; "Daniela
     * Amodei" is not, nor are two different full names. */
    const char *sa = strrchr(a, ' '), *sb = strrchr(b, ' ');
    /* "Robles Garza" and "Ximena Robles Garza": a double family name
     * without the given name. */
    gsize la = strlen(a), lb = strlen(b);
    const char *longer = la > lb ? a : b, *shorter = la > lb ? b : a;
    gsize ll = MAX(la, lb), ls = MIN(la, lb);
    if (strchr(shorter, ' ') != NULL && ll > ls && longer[ll - ls - 1] == ' ' &&
        g_ascii_strcasecmp(longer + ll - ls, shorter) == 0)
        return TRUE;
    /* "Zhao Ming" and "Ming Zhao": a family name first or last. */
    if (sa != NULL && sb != NULL && strchr(a, ' ') == sa && strchr(b, ' ') == sb) {
        gsize na = (gsize)(sa - a), nb = (gsize)(sb - b);
        return strlen(sa + 1) == nb && strlen(sb + 1) == na &&
               g_ascii_strncasecmp(a, sb + 1, na) == 0 && g_ascii_strncasecmp(b, sa + 1, nb) == 0;
    }
    if ((sa != NULL) == (sb != NULL))
        return FALSE;
    const char *one = sa == NULL ? a : b, *full = sa == NULL ? b : a;
    gsize n = strlen(one);
    return g_ascii_strcasecmp(strrchr(full, ' ') + 1, one) == 0 ||
           (g_ascii_strncasecmp(full, one, n) == 0 && full[n] == ' ');
}
