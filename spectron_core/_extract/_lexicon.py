"""The word lists the rules use (the built-in keys they map onto are in ``_ontology``).

Word lists are closed classes of ordinary English (pets, instruments, sports, drinks, kin terms, professions …),
not phrases taken from any data set: a word belongs here when it names a kind of thing whatever the sentence
around it.
"""

from __future__ import annotations

__all__ = [
    "ACTIVITIES",
    "THING_KINDS",
    "FIRM_KINDS",
    "APPEARANCE_ADJ",
    "APPEARANCE_NOUNS",
    "CHILD_WORDS",
    "COLORS",
    "CONDITIONS",
    "DEVICES",
    "DIETS",
    "DIET_FOODS",
    "DRINKS",
    "GAMES",
    "GENDER_WORDS",
    "HEALTH_ADJ",
    "INSTRUMENTS",
    "KIN",
    "KIN_LABELS",
    "LANGUAGES",
    "MOODS",
    "MUSIC_GENRES",
    "NAME_LOWER",
    "NAME_UPPER",
    "NAME_WORD",
    "NOT_POSSESSIONS",
    "PETS",
    "PLACES",
    "RELATION_WORDS",
    "RELIGIONS",
    "ROLE_WORDS",
    "SEASONS",
    "SPORTS",
    "TRAITS",
    "VEHICLES",
    "names_kind_only",
    "thing_kind",
    "words",
]


def words(text: str) -> frozenset[str]:
    """The white-space separated words of ``text`` (a word list written as one string)."""
    return frozenset(text.split())


NAME_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
"""Capitals a person's name may start with: ASCII and the Latin letters of European names (Zoë, Søren, Łukasz)."""
NAME_LOWER = "a-zß-öø-ÿāăąćčďđēėęěğīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž"
"""The small letters of a name ("Tomás", "Renée", "Jiří"): a name cut at an accent ("tom s") names no one."""
NAME_WORD = f"[{NAME_UPPER}][{NAME_LOWER}]+"
"""One capitalised word of a name, in the letters above."""

ROLE_WORDS = words(
    """ceo cto coo cfo cmo cio ciso cpo vp rn lpn cna emt president chairman chairwoman founder cofounder co-founder owner director
    manager engineer developer programmer coder designer architect analyst scientist researcher consultant teacher
    professor lecturer tutor nurse doctor physician surgeon dentist vet veterinarian paramedic lawyer attorney
    paralegal judge accountant banker broker trader intern student editor writer author novelist poet blogger
    journalist reporter chef cook baker butcher barista bartender waiter waitress server pilot driver trucker
    salesperson salesman saleswoman cashier clerk recruiter counselor counsellor therapist psychologist
    psychiatrist pharmacist technician mechanic electrician plumber carpenter welder builder contractor painter
    farmer rancher fisherman gardener landscaper janitor custodian housekeeper nanny babysitter caregiver
    lead head principal officer administrator secretary receptionist assistant coordinator specialist artist
    musician singer drummer guitarist pianist violinist dancer actor actress comedian photographer filmmaker
    producer model athlete coach trainer wrestler boxer footballer soldier marine sailor firefighter firefighters
    policeman policewoman cop detective guard librarian scientist biologist chemist physicist mathematician
    economist historian archaeologist astronaut surveyor pharmacist optometrist hairdresser hairstylist stylist
    barber beautician makeup florist tailor seamstress jeweler jeweller miner lumberjack logger machinist
    operator dispatcher courier mailman postman firefighter ranger lifeguard midwife doula dietitian nutritionist
    translator interpreter auditor actuary entrepreneur freelancer streamer youtuber influencer vlogger gamer
    preacher pastor priest minister rabbi imam monk nun missionary volunteer homemaker housewife househusband
    retiree veteran rapper dj composer conductor sculptor illustrator animator cartoonist stuntman
    sommelier butler maid dishwasher bouncer lawmaker senator mayor politician diplomat ambassador
    professor instructor educator principal dean worker walker guide double sitter keeper maker dealer handler
    rep representative agent planner coach trainer teller therapist medic ems emt nurse cna aide attendant
    stocker cashier greeter manager supervisor foreman lineman roofer mason bricklayer cleaner carer labourer laborer
    tester adjuster underwriter inspector estimator sorter packer assessor appraiser examiner investigator
    bookkeeper processor marketer merchandiser installer scheduler associate apprentice trainee dev sre solicitor
    barrister postie crew advisor adviser registrar swe sde physio physiotherapist sparky"""
)
"""Head nouns that name an occupation ("a senior software engineer", "a kindergarten teacher")."""
ROLE_SUFFIXES = ("ologist", "ographer", "ician", "ist", "eer", "smith", "wright", "writer")
"""Suffixes that make an occupation noun in English (biologist, photographer, electrician, pianist, engineer,
copywriter)."""
NOT_ROLE = words(
    """artist_lover lover fan person people guy girl boy man woman lady gentleman kid child adult mother father mom
    dad parent wife husband son daughter sister brother friend fanatic optimist pessimist realist perfectionist
    tourist extremist purist introvert extrovert beginner newbie member list twist wrist mist cyclist motorist
    dentist_not"""
)
PETS = words(
    """cat cats dog dogs puppy puppies kitten kittens hamster hamsters rabbit rabbits bunny bunnies parrot parrots
    bird birds fish goldfish turtle turtles tortoise tortoises snake snakes lizard lizards horse horses pony ponies
    guinea pig pigs ferret ferrets gecko geckos iguana iguanas chinchilla chinchillas rat rats mouse mice gerbil
    gerbils hedgehog hedgehogs cockatiel parakeet parakeets budgie budgies frog frogs chicken chickens goat goats
    cow cows pup pups retriever labrador poodle beagle terrier bulldog shepherd husky chihuahua pitbull dachshund
    collie spaniel pug pugs corgi corgis dalmatian rottweiler greyhound doberman schnauzer mutt mutts
    doggy doggie doggies doggo doggos kitty kitties labradors labradoodle dragon dragons crab crabs whippet whippets
    siamese"""
)
LANGUAGES = words(
    """english french spanish german italian portuguese dutch russian chinese mandarin cantonese japanese korean
    arabic hindi urdu bengali turkish polish swedish norwegian danish finnish greek hebrew thai vietnamese
    indonesian malay swahili czech hungarian romanian ukrainian persian farsi tagalog latin sign asl punjabi
    tamil gujarati icelandic irish welsh catalan basque"""
)
MOODS = words(
    """tired exhausted happy sad stressed anxious excited nervous sick ill bored angry upset overwhelmed
    lonely grateful relieved worried frustrated motivated sleepy hungry depressed"""
)
DIETS = words(
    """vegetarian vegan veggie plant-based pescatarian pescetarian carnivore omnivore keto paleo gluten-free halal kosher
    flexitarian raw"""
)
DIET_FOODS = words(
    """meat fish pork beef chicken seafood dairy eggs poultry lamb bacon red animal products kosher halal organic
    raw gluten sugar carbs"""
)
"""Foods whose eating or not eating is a diet ("I started eating meat again" answers "I'm vegetarian")."""
INSTRUMENTS = words(
    """guitar guitars piano pianos violin violins cello cellos drums drum bass ukulele uke flute flutes clarinet
    saxophone sax trumpet trombone tuba harp banjo mandolin harmonica accordion keyboard keyboards organ viola
    oboe bassoon bagpipes xylophone recorder synth synthesizer"""
)
SPORTS = words(
    """football soccer basketball baseball softball hockey tennis golf volleyball rugby cricket badminton squash
    swimming running jogging cycling biking boxing wrestling karate judo taekwondo mma skiing snowboarding
    surfing skateboarding climbing bouldering rowing sailing lacrosse handball bowling archery fencing
    gymnastics track marathons triathlons yoga pilates crossfit hiking kayaking canoeing fishing hunting
    ping pong polo darts pool billiards nfl nba nhl mlb padel pickleball netball kickboxing"""
)
STUDENT_WORDS = words("student pupil freshman fresher sophomore undergrad undergraduate postgrad")
"""What a student is called, as a role said beside a school ("first day as a fresher at leeds uni")."""
GAMES = words("""chess checkers poker cards games videogames fortnite minecraft scrabble monopoly sudoku""")
DRINKS = words(
    """coffee tea water beer wine soda juice milk lemonade whiskey whisky vodka rum gin tequila cocktails cocktail
    espresso latte lattes cappuccino smoothies smoothie kombucha cider champagne coke pepsi sprite milkshakes
    milkshake decaf mocha chai matcha bourbon scotch sake alcohol"""
)
VEHICLES = words(
    """car cars truck trucks van minivan suv jeep motorcycle motorcycles motorbike motorbikes scooter pickup
    tesla prius mustang mustangs camaro corvette bmw audi mercedes honda toyota ford subaru volkswagen vw volvo
    porsche ferrari lamborghini harley civic corolla sedan convertible hatchback rv camper nissan chevy chevrolet
    dodge kia hyundai mazda lexus buick cadillac gmc chrysler pontiac jaguar pathfinder silverado wrangler camry
    accord pinto beetle bronco tacoma f150 minivans vans jeeps suvs vespa moped mopeds ebike e-bike"""
)
DEVICES = words(
    """laptop laptops computer computers pc macbook mac imac iphone phone smartphone android ipad tablet kindle
    chromebook thinkpad pixel galaxy playstation ps4 ps5 xbox switch nintendo smartwatch watch camera
    samsung oneplus kobo fitbit garmin"""
)
THING_KINDS = {
    "phone": words("phone phones smartphone iphone android pixel galaxy samsung oneplus motorola nokia blackberry"),
    "computer": words("laptop laptops computer computers pc macbook mac imac chromebook thinkpad dell lenovo desktop"),
    "tablet": words("ipad tablet tablets"),
    "e-reader": words("kindle kobo e-reader ereader"),
    "console": words("playstation ps4 ps5 xbox nintendo"),
    "watch": words("watch smartwatch fitbit garmin"),
    "car": VEHICLES
    - words("motorcycle motorcycles motorbike motorbikes scooter vespa moped mopeds ebike e-bike rv camper"),
    "editor": words(
        "editor ide vim neovim nvim emacs sublime vscode intellij pycharm webstorm xcode notepad++ eclipse helix zed"
    )
    | {"vs code", "visual studio code", "visual studio", "android studio"},
    "browser": words("browser chrome firefox safari brave vivaldi chromium") | {"microsoft edge", "google chrome"},
    "operating system": words("os windows linux ubuntu debian fedora macos osx nixos chromeos")
    | {"operating system", "mac os", "os x", "arch linux", "linux mint"},
}
"""Kinds of thing one usually has (or works in) one of at a time, by the words that name them: "switched to a
Galaxy S24" replaces the user's phone, whichever phone it was, and leaves their laptop alone; "i've moved to
neovim" replaces the editor and leaves the browser. Words that are also ordinary English ("edge", "arc", "code")
are not here: a kind is read from a value already taken as a thing or a tool."""


def thing_kind(value: str) -> str | None:
    """Which of :data:`THING_KINDS` a value names ("iphone 12" → phone), or None."""
    said = set(value.lower().replace("-", " ").split()) | {value.lower()}
    return next((kind for kind, names in THING_KINDS.items() if not names.isdisjoint(said)), None)


FIRM_KINDS = (
    r"startup|start-up|company|firm|agency|studio|practice|charity|bank|consultancy|business|lab|nonprofit|"
    r"non-profit|school|hospital|clinic|restaurant|bakery|brewery|shop|store|team"
)
"""Kinds of workplace a firm is named after, as a regex alternation ("a startup called Lumio", "joined a bakery
named Crumbs"): the name after "called/named" is the employer, not the kind."""

KIND_NOUNS = words(
    """phone phones smartphone smartphones cellphone laptop laptops computer computers pc desktop tablet tablets
    e-reader ereader console consoles watch smartwatch car cars truck trucks van vans minivan suv pickup sedan
    convertible hatchback editor ide browser os"""
) | frozenset({"operating system"})
"""The words of :data:`THING_KINDS` that name only the kind ("my phone"), not one make or model ("my Pixel")."""


def names_kind_only(value: str) -> bool:
    """Whether a value of a :data:`THING_KINDS` kind names it by the kind alone ("my old phone", "car"), not by a
    make or model ("PlayStation", "honda civic"): a PlayStation sold is not the Xbox the user has."""
    said = set(value.lower().replace("-", " ").split()) | {value.lower()}
    named = {w for names in THING_KINDS.values() for w in names & said}
    return bool(named) and named <= KIND_NOUNS


KIN = words(
    """sister sisters brother brothers sibling siblings mother mom mum mommy father dad daddy parents parent wife
    husband spouse partner boyfriend girlfriend fiance fiancee son sons daughter daughters kid kids child children childrens
    baby babies twins twin grandmother grandma grandfather grandpa grandparents grandson granddaughter
    grandchildren grandkids aunt uncle cousin cousins niece nephew nieces nephews stepdad stepmom stepson
    stepdaughter stepsons stepdaughters stepchildren stepkids stepsister stepbrother stepsisters stepbrothers
    family boys girls"""
)
PEOPLE_NOUNS = words(
    """friend friends bff bestie mate mates buddy pal coworker coworkers co-worker colleague colleagues boss manager
    neighbor neighbour neighbors neighbours roommate roommates flatmate flatmates housemate housemates classmate
    classmates teammate teammates teacher doctor therapist landlord landlady client clients mentor ex tutor coach
    trainer assistant"""
)
"""Other people named by what they are to the speaker (kin aside): "my X is Y" is then a fact of theirs, not a
key of the speaker's, and "my neighbour is moving to perth" is their move."""
KIN_LABELS = {
    **dict.fromkeys(
        "son sons daughter daughters kid kids child children childrens boys girls boy girl stepson stepdaughter".split(),
        "parent_of",
    ),
    **dict.fromkeys("wife husband spouse hubby".split(), "married_to"),
    **dict.fromkeys("partner girlfriend boyfriend fiance fiancee".split(), "partner_of"),
    **dict.fromkeys("friend friends".split(), "friend_of"),
    **dict.fromkeys("boss manager".split(), "reports_to"),
    **dict.fromkeys("brother brothers sister sisters sibling siblings twin".split(), "sibling_of"),
    **dict.fromkeys("mom mum mother dad father".split(), "child_of"),
    **dict.fromkeys("oldest youngest eldest twins".split(), "parent_of"),  # ("my twin" is a sibling)
    **dict.fromkeys("coworker co-worker colleague roommate flatmate".split(), "knows"),
}
KIN_LABELS["partner"] = "married_to"  # (as the clause reader reads "my partner Jamie")
"""The relation a kin word names from the speaker to the person ("my wife Ana" → ``married_to``), for the
extractor's names and recall's questions about a relative."""
CHILD_WORDS = words("kids kid children childrens child sons daughters boys girls")
RELATION_WORDS = {
    "wife": "married_to",
    "husband": "married_to",
    "spouse": "married_to",
    "partner": "married_to",
    "friend": "friend_of",
    "best friend": "friend_of",
    "boss": "reports_to",
    "manager": "reports_to",
    "sister": "sibling_of",
    "brother": "sibling_of",
    "mother": "child_of",
    "mom": "child_of",
    "father": "child_of",
    "dad": "child_of",
    "son": "parent_of",
    "daughter": "parent_of",
}
APPEARANCE_NOUNS = words(
    """hair eyes eye tattoo tattoos freckles beard mustache moustache piercing piercings braces glasses scar scars
    dimples curls dreadlocks dreads skin"""
)
APPEARANCE_ADJ = words(
    """tall short skinny thin slim overweight fat chubby petite bald blonde blond brunette redhead muscular
    athletic strong fit curvy lanky stocky pale tan tanned handsome pretty beautiful ugly colorblind deaf blind
    left-handed right-handed"""
)
GENDER_WORDS = {
    "man": "male",
    "woman": "female",
    "guy": "male",
    "girl": "female",
    "boy": "male",
    "lady": "female",
    "male": "male",
    "female": "female",
    "dude": "male",
    "gal": "female",
    "gentleman": "male",
    "mother": "female",
    "mom": "female",
    "father": "male",
    "dad": "male",
    "wife": "female",
    "husband": "male",
    "grandma": "female",
    "grandpa": "male",
    "nonbinary": "non-binary",
    "non-binary": "non-binary",
}
COLORS = words(
    """red blue green yellow orange purple pink black white brown gray grey teal turquoise violet magenta
    maroon navy beige gold silver lavender lilac indigo cyan"""
)
SEASONS = words("spring summer autumn fall winter")
MUSIC_GENRES = words(
    """rock pop jazz blues country rap hip-hop hiphop metal punk classical folk reggae edm techno house
    disco soul funk gospel opera indie grunge k-pop kpop j-pop r&b rnb afrobeats drill grime dubstep bluegrass ska"""
)
TITLES_WITHOUT_EMPLOYER = words(
    """medalist medallist finalist semifinalist winner champion champ runner-up activist advocate candidate nominee
    recipient holder contestant competitor fan supporter donor member volunteer ambassador"""
)
"""Titles held for a cause, a contest or an honour, not a wage: "a gold medalist for the 400 meters", "an activist
for clean water", "a finalist for the award" name no employer after "for/at/with" (a "nurse for the county" does)."""
US_STATES = words(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho
    illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
    missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia
    washington wisconsin wyoming jersey hampshire carolina dakota rhode"""
)
"""US state names, and the last word of the two-word ones ("new jersey", "north dakota")."""
COUNTRIES = words(
    """canada mexico brazil argentina chile peru colombia england scotland wales ireland france germany spain italy
    portugal netherlands belgium switzerland austria sweden norway denmark finland poland russia ukraine greece
    turkey egypt nigeria kenya ghana india pakistan china japan korea vietnam thailand philippines indonesia
    malaysia singapore australia zealand israel iran iraq cuba jamaica europe asia africa uk usa us america"""
)
"""Country (and continent) names."""
PLACES = US_STATES | COUNTRIES
"""Country and state names (a closed class) that make "I am in X" a place, not a state of mind."""
NOT_POSSESSIONS = words(
    """time fun idea ideas question questions problem problems day days lot lots feeling feelings chance way
    thing things plan plans job jobs life break work nothing anything something everything one ones none kind
    sort bit little few many much more some good great nice bad hard tough big long busy dream dreams
    sun sunshine rain snow sleep rest attention clue experience trouble fear fears issue issues opinion reason reasons story stories meeting class classes
    talent talents tendency habit hope luck money friends friend name age birthday date wedding party weekend
    night morning evening afternoon vacation holiday interest interests passion access room space energy
    patience faith mind heart thoughts point right choice option appointment test exam homework shift ability
    abilities power powers superpower superpowers skill skills talent gift feeling sense crush headache career
    careers soul"""
)
"""Nouns after "I have …" that are not things a person owns ("I have a question", "I have no idea")."""
ACTIVITIES = {
    "volunteer": "volunteering",
    "collect": "collecting",
    "paint": "painting",
    "draw": "drawing",
    "cook": "cooking",
    "bake": "baking",
    "sing": "singing",
    "dance": "dancing",
    "knit": "knitting",
    "sew": "sewing",
    "hike": "hiking",
    "swim": "swimming",
    "run": "running",
    "jog": "jogging",
    "garden": "gardening",
    "fish": "fishing",
    "hunt": "hunting",
    "camp": "camping",
    "ski": "skiing",
    "surf": "surfing",
    "travel": "traveling",
    "write": "writing",
    "grow": "growing",
    "build": "building",
    "crochet": "crocheting",
    "skate": "skating",
    "climb": "climbing",
    "bike": "biking",
    "ride": "riding",
    "sketch": "sketching",
    "workout": "working out",
    "meditate": "meditating",
    "golf": "golfing",
    "bowl": "bowling",
    "blog": "blogging",
    "game": "gaming",
    "shop": "shopping",
    "craft": "crafting",
    "scrapbook": "scrapbooking",
    "quilt": "quilting",
    "walk": "walking",
    "compete": "competing",
    "smoke": "smoking",
    "vape": "vaping",
    "skateboard": "skateboarding",
    "kayak": "kayaking",
    "grill": "grilling",
    "gamble": "gambling",
    "race": "racing",
    "sail": "sailing",
    "skydive": "skydiving",
    "snowboard": "snowboarding",
    "sculpt": "sculpting",
    "party": "partying",
    "row": "rowing",
}
"""Pastime verbs and their gerund ("i paint" → painting): the verb says the pastime whatever its object."""
RELIGIONS = words(
    """christian catholic protestant baptist methodist lutheran presbyterian anglican evangelical mormon muslim
    jewish jew buddhist hindu sikh atheist agnostic pagan wiccan quaker orthodox"""
)
"""Faiths and their absence: "I'm a christian", "I am agnostic" say the speaker's religion."""
TRAITS = words(
    """shy outgoing introverted extroverted extraverted introvert introverts extrovert loner recluse homebody
    friendly lazy stubborn honest loyal creative organized organised disorganized disorganised messy tidy clumsy
    competitive ambitious adventurous funny quiet loud talkative social antisocial independent
    patient impatient optimistic pessimistic optimist pessimist realist perfectionist workaholic kind generous
    caring sensitive emotional nerdy nerd geek geeky smart intelligent clever brave confident insecure energetic
    active spontaneous religious spiritual artistic picky frugal thrifty romantic hardworking responsible reliable
    forgetful easygoing laid-back outdoorsy sarcastic goofy weird quirky nostalgic sociable bossy moody grumpy
    cheerful rebellious dramatic"""
)
"""Personality words ("I'm shy", "i am a homebody"): who someone is, not how they feel today (``MOODS``)."""
HEALTH_ADJ = words(
    """pregnant diabetic deaf blind disabled paralyzed paralysed epileptic asthmatic autistic dyslexic sober
    handicapped immunocompromised anemic anaemic"""
)
"""Lasting bodily conditions said with "I am …"."""
CONDITIONS = words(
    """diabetes asthma cancer arthritis epilepsy autism adhd add ocd ptsd anxiety depression migraines migraine
    insomnia dyslexia celiac coeliac crohn's lupus scoliosis tinnitus eczema psoriasis allergies disability
    hearing glaucoma"""
)
"""Conditions said with "I have …" ("i have asthma"): health, not possessions."""
