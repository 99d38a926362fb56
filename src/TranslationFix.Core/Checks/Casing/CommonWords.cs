namespace TranslationFix.Core.Checks.Casing;

/// <summary>
/// English words that are written in lower case in running text and are not, on their own, names.
/// Words that double as names, brands, months or institutions ("may", "march", "will", "apple",
/// "house", "bank", "capital", "group") are left out on purpose: a missing word only means a
/// missed fix, an extra one means a broken name.
/// </summary>
internal static class CommonWords
{
    // Closed-class words (prepositions, pronouns, auxiliaries, conjunctions): never a name by themselves.
    private static readonly HashSet<string> FunctionWords = new(
        """
        a about above across after afterwards again against ago ahead all almost alone along already also although always
        among amid an and another any anyone anything anyway anywhere are around as at away back be because become becomes
        been before behind being below beside besides between beyond both but by can cannot could did do does doing done
        down during each either else elsewhere enough even ever every everyone everything except few for from further had
        has have having he her here hers herself him himself his how however i if in into is it its itself just least less
        many me might mine more moreover most mostly much must my myself neither never nevertheless no nobody none nor not
        nothing now nowhere of off often on once one only onto or other others otherwise our ours ourselves out over own
        per perhaps quite rather same several she should since so some somehow someone something sometimes somewhat
        somewhere soon still such than that the their theirs them themselves then there thereby therefore these they this
        those though through throughout thus to together too toward towards under unless until up upon us very via was we
        were what whatever when whenever where whereas wherever whether which while who whoever whole whom whose why with
        within without would yet you your yours yourself
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    private static readonly HashSet<string> Words = new(
        """
        accept achieve acquire act add adjust admit adopt advance affect afford agree aim allow analyse analyze announce
        answer appear apply argue arise arrive ask assess assume attempt attend attract avoid base beat become begin
        believe belong benefit borrow break bring build buy call carry catch cause change charge check choose claim clear
        close collect combine come compare compete complete concern confirm connect consider consist contain continue
        contribute control convert cooperate cost count cover create cross cut deal decide decline deepen define deliver
        demand deny depend describe design determine develop die differ disclose discover discuss do double drive drop
        earn ease emerge employ enable encourage end enhance ensure enter establish estimate evaluate examine exceed exist
        expand expect explain explore express extend face fail fall feel fight fill find finish fit focus follow force form
        gain get give go grasp grow handle happen hear help hire hit hold hurt identify ignore imagine implement
        improve include increase indicate influence inform insist intend introduce invest involve join judge keep know
        lack launch lay lead learn leave lend let lie lift like limit link list live look lose lower maintain make manage
        matter mean measure meet mention miss move need note notice obtain occur offer open operate order overcome owe
        participate pass pay perform pick place plan play point prefer prepare present prevent produce promote protect
        prove provide publish pull purchase pursue push put raise reach read realize realise receive reduce reflect refuse
        regard reject release rely remain remember remove replace reply report represent require resign respond rest
        result retain return reveal rise run save say see seek seem sell send serve set settle shape share show shrink
        shut sign simplify sit slow solve speak spend stand start stay step stop strengthen stress study succeed suffer
        suggest supply support suppose survive take talk teach tell tend think threaten throw train transform treat try
        turn understand undertake upgrade use vary view wait want warn watch win wish withdraw work worry write

        ability access account action activity addition advantage advice agreement amount analysis approach area argument
        communication consensus dialogue healthy positive relations stability friendly mutual constructive
        arrival aspect assessment attention attitude authority average balance basis beginning behaviour behavior belief
        benefit bit board body boom bottleneck boundary budget burden business capability capacity case cash category
        cause chain challenge chance change choice circumstance claim class cloud collaboration combination comment
        commitment competition competitiveness concept concern condition confidence conflict connection consequence
        consideration consumer consumption content context contrast contribution control cooperation core cost course
        coverage creation crisis criterion culture customer cycle damage data deal debate debt decision decline decrease
        demand departure deployment depth design detail development difference difficulty direction discussion distance
        distribution domain doubt downturn drop economy edge effect efficiency effort element emphasis employee end
        energy engine enthusiasm entrepreneur entrepreneurship environment equipment era error evidence example
        exception exchange execution existence expansion expectation expense experience expert explanation exploration
        exposure expression extent fact factor failure fate feature feedback feeling field figure finding focus force
        form foundation framework function funding future goal growth half hand head height help history idea
        image impact implementation importance improvement income increase individual industry influence information
        infrastructure innovation input insight instance integration intelligence intention interest investment
        investor issue item job journey judgment judgement key kind knowledge lack layout leader leadership level life
        limit link list loss losses majority management manner manpower market material matter meaning measure
        member memory method middle model moment money month mood motivation movement need network number object
        objective occasion operation opinion opportunity option order outcome output owner pace part participation
        partner path pattern payment people percentage performance period person perspective phase picture piece place
        plan platform player point policy position possibility potential power practice presence pressure 
        principle priority problem procedure process product production productivity profit profits progress project
        promotion proportion proposal prospect protection purpose quality quarter question range rate ratio reaction
        reality reason reduction reference reform relation relationship release relief report request requirement
        research resource response responsibility rest result retail return revenue review reward right risk role round
        rule sale sales scale scenario scene scope sector security selection sense sequence series service session
        setting share shift side sign signal situation size skill solution source space speed spending stage standard
        start status step stock story strategy strength structure study success supply support surface system talent
        talents task team technique technology tension term test text theory thing thought threat time tool topic
        track trade training transaction transformation transition trend trial trouble truth turn type unit use
        user value variety version view vision volume wave way weakness wealth week while whole work worker world year

        able absolute actual additional advanced aggressive basic broad certain cheap clear close common competitive
        complete complex considerable constant critical crucial current deep different difficult digital direct early
        easy effective efficient entire essential even exact expensive extensive extra false familiar far fast final fine
        firm foreign former free frequent full fundamental further future global good great hard heavy high huge
        ideal important impossible independent indispensable initial internal key large late latest likely limited
        local low main massive mere modest necessary negative new next normal obvious online offline only
        open ordinary original other overall particular past popular positive possible potential powerful practical
        previous primary private professional profitable proper public quick rapid rare real recent relative relevant
        remarkable responsible right rough serious severe short significant similar simple single slight small smart
        social sophisticated special specific stable steady strict strong subsequent successful sudden sufficient
        suitable sustainable technical terrible tight traditional true typical ultimate unable unclear unique
        unknown unusual useful usual valuable various vast vertical visible vital weak wide wrong

        actually almost already currently directly especially eventually exactly finally fully gradually greatly hardly
        highly immediately increasingly indeed initially largely likely mainly merely nearly necessarily normally
        obviously particularly partly possibly previously probably quickly rapidly really recently relatively
        significantly simply slightly slowly steadily strongly subsequently successfully suddenly truly ultimately
        usually widely
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    /// <summary>True for a listed word or a regular inflection of one ("talents", "executed", "turning").</summary>
    public static bool Contains(string lower)
    {
        if (Words.Contains(lower) || FunctionWords.Contains(lower)) return true;
        if (lower.Length < 4) return false;
        if (lower.EndsWith("ies") && Words.Contains(lower[..^3] + "y")) return true;
        if (lower.EndsWith("es") && Words.Contains(lower[..^2])) return true;
        if (lower.EndsWith('s') && Words.Contains(lower[..^1])) return true;
        if (lower.EndsWith("ed") && (Words.Contains(lower[..^2]) || Words.Contains(lower[..^1]))) return true;
        if (lower.EndsWith("ing") && (Words.Contains(lower[..^3]) || Words.Contains(lower[..^3] + "e"))) return true;
        if (lower.EndsWith("ly") && Words.Contains(lower[..^2])) return true;
        return false;
    }
}
