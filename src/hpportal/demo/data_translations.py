"""The demo's foreign-language content (REGULATION Art. 3.1; Decree 42/2022 Art. 7): pure data.

English, Chinese (Simplified), Korean and Japanese versions of the city portal's pages, the English pages of
each component portal, and translated news. Proper names keep their standard forms (Hai Phong / 海防 /
하이퐁 / ハイフォン); addresses, numbers, telephones and e-mails are those of the Vietnamese data.
"""

from __future__ import annotations

#: The city portal in each language: the home/introduction, organisation and contact pages.
CITY = {
    "en": {
        "title": "Hai Phong City Electronic Information Portal",
        "description": (
            "The official information channel of the Hai Phong City People's Committee, providing news, steering and "
            "administrative documents and online public services for citizens and businesses."
        ),
        "intro": (
            "<h2>About Hai Phong City</h2>\n"
            "<p>Hai Phong is a centrally governed city and a national first-class urban area on the northern coast "
            "of Viet Nam, about 100 km from the capital, Ha Noi. Since 1 July 2025, when it merged with Hai Duong "
            "province, the city has covered a natural area of more than 3,100 km² and has a population of over 4.6 "
            "million; it is made up of wards, communes and two special zones, Cat Hai and Bach Long Vi. Its "
            "landscape is varied, with plains, low hills and mountains, a long coastline and a dense network of "
            "rivers such as the Cam, the Bach Dang, the Thai Binh and the Kinh Thay.</p>\n"
            "<h2>History</h2>\n"
            "<p>The land of Hai Phong is bound up with glorious pages of the nation's history, above all the three "
            "victories over foreign invaders on the Bach Dang River and the uprising led by the woman general Le "
            "Chan. Hai Phong was officially founded in 1888. Through the wars of resistance, its armed forces and "
            "people built the tradition of being “Loyal and Brave – Resolute and Courageous” that the whole country "
            "recognises. The former Hai Duong province, the historic Eastern Region (Xu Dong), is the homeland of "
            "many famous figures and home to the renowned Con Son – Kiep Bac relic complex.</p>\n"
            "<h2>Economy</h2>\n"
            "<p>For many years in a row, Hai Phong has been among the localities with the highest economic growth in "
            "the country. Its key sectors are high-tech processing and manufacturing, seaport and logistics "
            "services, tourism and trade. The city has many modern industrial parks and economic zones, which have "
            "attracted tens of billions of US dollars in foreign direct investment.</p>\n"
            "<h2>Seaports and transport</h2>\n"
            "<p>Hai Phong is the main gateway to the sea for the northern provinces. Its large seaport system "
            "includes the Lach Huyen international gateway port, which can receive large container ships. Every mode "
            "of transport meets in the city:</p>\n"
            "<ul>\n"
            "<li>Road: the Ha Noi – Hai Phong and Hai Phong – Ha Long – Van Don expressways, National Highways 5 and "
            "10;</li>\n"
            "<li>Air: Cat Bi International Airport;</li>\n"
            "<li>Rail: the Ha Noi – Hai Phong line;</li>\n"
            "<li>Inland waterways and sea routes connecting the city with the rest of the country and the "
            "world.</li>\n"
            "</ul>\n"
            "<h2>Culture and tourism</h2>\n"
            "<p>Known as the “city of red flamboyant flowers”, Hai Phong is home to the Cat Ba archipelago, a World "
            "Biosphere Reserve, to Lan Ha Bay and Do Son beach, and to distinctive traditional festivals such as the "
            "Do Son Buffalo Fighting Festival, the Festival of the Woman General Le Chan and the Con Son – Kiep Bac "
            "Spring Festival. Its rich cuisine, from crab noodle soup (bánh đa cua) and sea crab spring rolls (nem "
            "cua bể) to Ninh Giang ramie leaf cake (bánh gai) and Hai Duong green bean cake, is a source of pride "
            "for the people of the city.</p>\n"
        ),
        "organisation": (
            "<h2>Hai Phong City People's Committee</h2>\n"
            "<p>The City People's Committee is elected by the City People's Council. It is the executive body of the "
            "People's Council and the local body of state administration, accountable to the people of the city, to "
            "the City People's Council and to the state administrative bodies at the higher level.</p>\n"
            "<h2>Functions and duties</h2>\n"
            "<p>The City People's Committee organises the implementation of the Constitution, the law and the "
            "resolutions of the City People's Council; drafts the socio-economic development plan and the budget "
            "estimates and submits them to the People's Council for decision; exercises state management of land, "
            "natural resources, the environment, planning, construction, transport, education, health, culture and "
            "social affairs; and ensures national defence, security, public order and social safety in the "
            "city.</p>\n"
            "<h2>Organisational structure</h2>\n"
            "<p>The City People's Committee consists of the Chairman, the Vice Chairmen and members who are the "
            "heads of specialised agencies, a member in charge of military affairs and a member in charge of public "
            "security. It is assisted by the Office of the City People's Committee and by departments and agencies "
            "such as the Department of Finance, the Department of Construction, the Department of Industry and "
            "Trade, the Department of Home Affairs, the Department of Health, the Department of Education and "
            "Training, the Department of Agriculture and Environment, the Department of Science and Technology, and "
            "the Department of Culture, Sports and Tourism.</p>\n"
            "<p>The City People's Committee works collectively while upholding the personal responsibility of the "
            "Chairman and of each member. Under the two-tier model of local government, it directs, guides and "
            "inspects the work of the People's Committees of the communes, wards and special zones.</p>\n"
        ),
        "about_section": "About Hai Phong",
        "news_section": "News",
        "contact_section": "Contact",
        "intro_page": "Introduction",
        "organisation_page": "Organisation",
        "contact_page": "Contact information",
        "contact_labels": {
            "address": "Address",
            "phone": "Telephone",
            "fax": "Fax",
            "email": "Email",
            "hours": "Office hours",
        },
        "contact": {
            "address": "18 Hoang Dieu Street, Hong Bang Ward, Hai Phong City",
            "hours": "Monday to Friday: 7:30 to 11:30 a.m. and 1:30 to 5:00 p.m.",
        },
    },
    "zh": {
        "title": "海防市电子信息门户网站",
        "description": ("海防市人民委员会官方信息渠道，为市民和企业提供新闻资讯、指导与行政管理文件以及在线公共服务。"),
        "intro": (
            "<h2>海防市简介</h2>\n"
            "<p>海防是越南中央直辖市、国家一级城市，位于北部沿海地区，距首都河内约100公里。"
            "自2025年7月1日与海阳省合并以来，全市自然面积逾3,100平方公里，人口超过460万，下辖若干坊、社以及吉海、"
            "白龙尾两个特区。境内地形多样，既有平原、低山丘陵，也有绵长的海岸线和稠密的河网，禁江、白藤江、"
            "太平江以及Kinh Thầy江等河流纵横交错。</p>\n"
            "<h2>历史沿革</h2>\n"
            "<p>海防这片土地与越南民族许多光辉的历史篇章紧密相连，其中最具代表性的是白藤江上三次大败外来侵略者的战役"
            "以及女将军黎真领导的起义。1888年，海防正式建立。历经多次抗战，全市军民铸就了举国公认的“忠勇、果敢”传统。"
            "原海阳省地区历史上被称为“东方之地”（Xứ Đông），是众多历史名人的故乡，拥有闻名遐迩的昆山—劫泊遗迹群。"
            "</p>\n"
            "<h2>经济</h2>\n"
            "<p>多年来，海防一直是越南经济增速最快的地方之一。支柱产业包括高新技术加工制造业、港口与物流服务业、"
            "旅游业和商贸业。全市拥有众多现代化工业园区和经济区，已吸引数百亿美元的外国直接投资。</p>\n"
            "<h2>港口与交通</h2>\n"
            "<p>海防是越南北部各省重要的出海门户，拥有规模庞大的港口体系，其中拉县国际门户港可接靠大型集装箱船。"
            "各种运输方式在这里交汇：</p>\n"
            "<ul>\n"
            "<li>公路：河内—海防高速公路、海防—下龙—云屯高速公路、5号国道、10号国道；</li>\n"
            "<li>航空：吉碧国际机场；</li>\n"
            "<li>铁路：河内—海防铁路；</li>\n"
            "<li>连通国内外的内河航道和海上航线。</li>\n"
            "</ul>\n"
            "<h2>文化与旅游</h2>\n"
            "<p>海防素有“红凤凰花之城”的美誉，拥有世界生物圈保护区吉婆群岛、兰夏湾和涂山海滩，还有涂山斗牛节、"
            "黎真女将军节、昆山—劫泊春季庙会等独具特色的传统节庆。蟹汤米粉、海蟹春卷、宁江苎麻叶糕、"
            "海阳绿豆糕等丰富多样的美食，早已成为海防人的骄傲。</p>\n"
        ),
        "organisation": (
            "<h2>海防市人民委员会</h2>\n"
            "<p>市人民委员会由市人民议会选举产生，是市人民议会的执行机关和地方国家行政机关，对全市人民、"
            "市人民议会和上级国家行政机关负责。</p>\n"
            "<h2>职能与任务</h2>\n"
            "<p>市人民委员会组织实施宪法、法律和市人民议会的决议；制定经济社会发展计划和财政预算并提交市人民议会审议"
            "决定；对土地、资源、环境、规划、建设、交通、教育、卫生、文化和社会事务实施国家管理；保障全市国防、"
            "安全以及社会秩序与安全。</p>\n"
            "<h2>组织机构</h2>\n"
            "<p>市人民委员会由主席、副主席和委员组成，委员包括各专业机关负责人、"
            "分管军事工作的委员和分管公安工作的委员。协助市人民委员会工作的有市人民委员会办公厅以及财政厅、建设厅、"
            "工贸厅、内务厅、卫生厅、教育培训厅、农业与环境厅、科学技术厅、文化体育旅游厅等厅局和部门。</p>\n"
            "<p>市人民委员会实行集体领导与主席及各委员个人负责相结合的工作制度，并按照两级地方政府模式，"
            "指导和检查各社、坊及特区人民委员会的工作。</p>\n"
        ),
        "about_section": "海防概况",
        "news_section": "新闻动态",
        "contact_section": "联系我们",
        "intro_page": "城市简介",
        "organisation_page": "组织机构",
        "contact_page": "联系方式",
        "contact_labels": {
            "address": "地址",
            "phone": "电话",
            "fax": "传真",
            "email": "电子邮箱",
            "hours": "办公时间",
        },
        "contact": {
            "address": "海防市鸿庞坊黄耀街18号",
            "hours": "周一至周五：上午7:30至11:30，下午13:30至17:00",
        },
    },
    "ko": {
        "title": "하이퐁시 전자정보포털",
        "description": (
            "하이퐁시 인민위원회의 공식 정보 채널로, 시민과 기업에 뉴스, 지도·행정 문서와 온라인 공공서비스를 "
            "제공합니다."
        ),
        "intro": (
            "<h2>하이퐁시 소개</h2>\n"
            "<p>하이퐁은 중앙직할시이자 국가 1급 도시로, 베트남 북부 해안 지역에 자리하고 있으며 수도 하노이에서 약 "
            "100km 떨어져 있습니다. 2025년 7월 1일 하이즈엉성과 통합한 이후 시의 자연 면적은 3,100km² 이상, 인구는 "
            "460만 명 이상이며, 여러 프엉(동)과 사(읍·면), 그리고 깟하이와 바익롱비 두 특구로 이루어져 있습니다. "
            "평야와 낮은 구릉·산지, 긴 해안선이 어우러진 다양한 지형에 깜강, 바익당강, 타이빈강, 낀터이강 등 많은 "
            "하천이 촘촘히 흐르고 있습니다.</p>\n"
            "<h2>역사</h2>\n"
            "<p>하이퐁은 바익당강에서 외적을 세 차례 물리친 승리와 여장군 레쩐의 봉기 등 민족의 빛나는 역사와 깊이 "
            "연결된 고장입니다. 하이퐁은 1888년에 공식적으로 설립되었습니다. 여러 차례의 항쟁을 거치며 시의 군과 "
            "주민들은 전국이 인정하는 ‘충용·과감(忠勇·果敢)’의 전통을 일구어 냈습니다. 옛 하이즈엉성 지역은 "
            "‘쓰동(동쪽 고을)’으로 불리던 곳으로, 수많은 위인을 배출했으며 유명한 꼰선-끼엡박 유적군이 "
            "있습니다.</p>\n"
            "<h2>경제</h2>\n"
            "<p>하이퐁은 여러 해 연속 베트남에서 경제성장률이 가장 높은 지역 가운데 하나입니다. 주력 산업은 첨단 "
            "가공·제조업, 항만·물류 서비스, 관광, 상업입니다. 시에는 현대적인 산업단지와 경제구역이 많이 조성되어 "
            "있으며, 수백억 달러 규모의 외국인 투자를 유치했습니다.</p>\n"
            "<h2>항만과 교통</h2>\n"
            "<p>하이퐁은 북부 지방의 중요한 해상 관문으로, 대형 컨테이너선이 입항할 수 있는 락후옌 국제 관문항을 "
            "비롯한 대규모 항만 체계를 갖추고 있습니다. 시에는 모든 교통수단이 모여 있습니다.</p>\n"
            "<ul>\n"
            "<li>도로: 하노이–하이퐁 고속도로, 하이퐁–하롱–번돈 고속도로, 국도 5호선, 국도 10호선</li>\n"
            "<li>항공: 깟비 국제공항</li>\n"
            "<li>철도: 하노이–하이퐁 노선</li>\n"
            "<li>국내외를 잇는 내륙 수로와 해상 항로</li>\n"
            "</ul>\n"
            "<h2>문화와 관광</h2>\n"
            "<p>‘붉은 봉황목 꽃의 도시’로 불리는 하이퐁에는 세계생물권보전지역인 깟바 군도와 란하만, 도선 해변이 "
            "있으며, 도선 물소싸움 축제, 레쩐 여장군 축제, 꼰선-끼엡박 봄 축제 등 특색 있는 전통 축제가 열립니다. "
            "게살 쌀국수(바인다꾸어), 바다게 스프링롤(넴꾸어베), 닌장 모시잎떡(바인가이), 하이즈엉 녹두떡 등 풍성한 "
            "음식은 시민들의 자랑입니다.</p>\n"
        ),
        "organisation": (
            "<h2>하이퐁시 인민위원회</h2>\n"
            "<p>시 인민위원회는 시 인민의회에서 선출되며, 인민의회의 집행기관이자 지방 국가행정기관으로서 시민과 시 "
            "인민의회, 상급 국가행정기관에 대해 책임을 집니다.</p>\n"
            "<h2>기능과 임무</h2>\n"
            "<p>시 인민위원회는 헌법과 법률, 시 인민의회 결의의 시행을 조직하고, 사회경제 발전계획과 예산안을 "
            "수립하여 인민의회에 제출해 결정을 받습니다. 또한 토지, 자원, 환경, 계획, 건설, 교통, 교육, 보건, 문화, "
            "사회 분야의 국가 관리를 수행하고, 관내 국방·안보와 사회 질서·안전을 보장합니다.</p>\n"
            "<h2>조직 구성</h2>\n"
            "<p>시 인민위원회는 위원장, 부위원장들과 위원들로 구성되며, 위원에는 전문기관의 장, 군사 담당 위원, 공안 "
            "담당 위원이 포함됩니다. 시 인민위원회 사무처와 재무국, 건설국, 상공국, 내무국, 보건국, 교육훈련국, "
            "농업환경국, 과학기술국, 문화체육관광국 등 각 국과 기관이 시 인민위원회의 업무를 보좌합니다.</p>\n"
            "<p>시 인민위원회는 집단적 의사결정과 위원장 및 각 위원의 개인 책임을 함께 중시하는 방식으로 운영되며, "
            "2단계 지방정부 모델에 따라 각 사·프엉·특구 인민위원회의 활동을 지도하고 점검합니다.</p>\n"
        ),
        "about_section": "하이퐁 소개",
        "news_section": "뉴스",
        "contact_section": "연락처",
        "intro_page": "도시 개요",
        "organisation_page": "조직 구성",
        "contact_page": "연락처 안내",
        "contact_labels": {
            "address": "주소",
            "phone": "전화",
            "fax": "팩스",
            "email": "이메일",
            "hours": "업무 시간",
        },
        "contact": {
            "address": "하이퐁시 홍방 프엉 호앙지에우 거리 18번지",
            "hours": "월요일~금요일: 오전 7시 30분~11시 30분, 오후 1시 30분~5시",
        },
    },
    "ja": {
        "title": "ハイフォン市電子情報ポータル",
        "description": (
            "ハイフォン市人民委員会の公式情報チャネルとして、市民や企業の皆様にニュース、指導・行政文書、"
            "オンライン公共サービスを提供しています。"
        ),
        "intro": (
            "<h2>ハイフォン市の概要</h2>\n"
            "<p>ハイフォンは中央直轄市であり国家第1級都市として、ベトナム北部の沿岸地域に位置し、"
            "首都ハノイから約100kmの距離にあります。2025年7月1日にハイズオン省と合併して以降、"
            "市の自然面積は3,100km²を超え、人口は460万人以上に達し、坊・社と、カットハイ、"
            "バックロンビーの二つの特区で構成されています。平野、低い丘陵や山地、長い海岸線に加え、カム川、"
            "バクダン川、タイビン川、キンタイ川などの河川が網の目のように流れる、変化に富んだ地形です。</p>\n"
            "<h2>歴史</h2>\n"
            "<p>ハイフォンの地は、バクダン川で三度にわたり外敵を撃退した戦いや、女将軍レー・チャンの蜂起など、"
            "民族の輝かしい歴史と深く結びついています。ハイフォンは1888年に正式に設立されました。幾多の抗戦を経て、"
            "市の軍と人民は全国に認められた「忠勇・果敢」の伝統を築き上げました。"
            "旧ハイズオン省の地域は「スードン（東の地）」と呼ばれた土地で、多くの偉人を輩出し、"
            "名高いコンソン・キエップバック遺跡群があります。</p>\n"
            "<h2>経済</h2>\n"
            "<p>ハイフォンは長年にわたり、全国で最も経済成長率の高い地方の一つです。主力産業はハイテク加工・製造業、"
            "港湾・物流サービス、観光、商業です。市内には近代的な工業団地や経済区が数多く整備され、"
            "数百億ドル規模の外国直接投資を呼び込んでいます。</p>\n"
            "<h2>港湾と交通</h2>\n"
            "<p>ハイフォンは北部各省にとって重要な海の玄関口であり、"
            "大型コンテナ船が寄港できるラックフェン国際ゲートウェイ港をはじめとする大規模な港湾群を擁しています。"
            "市にはあらゆる輸送手段が集まっています。</p>\n"
            "<ul>\n"
            "<li>道路：ハノイ－ハイフォン高速道路、ハイフォン－ハロン－ヴァンドン高速道路、国道5号線、"
            "国道10号線</li>\n"
            "<li>航空：カットビ国際空港</li>\n"
            "<li>鉄道：ハノイ－ハイフォン線</li>\n"
            "<li>国内外を結ぶ内陸水運と海上航路</li>\n"
            "</ul>\n"
            "<h2>文化と観光</h2>\n"
            "<p>「赤い鳳凰木の花の街」と呼ばれるハイフォンには、世界生物圏保護区のカットバ諸島、ランハ湾、"
            "ドーソンビーチがあり、ドーソン闘牛祭り、女将軍レー・チャン祭り、"
            "コンソン・キエップバック春祭りなど特色ある伝統行事が受け継がれています。カニ入り米麺「バインダークア」、"
            "海ガニの揚げ春巻き「ネムクアベー」、ニンザンの「バインガイ」、ハイズオンの緑豆菓子など豊かな食文化は、"
            "市民の誇りとなっています。</p>\n"
        ),
        "organisation": (
            "<h2>ハイフォン市人民委員会</h2>\n"
            "<p>市人民委員会は市人民評議会によって選出され、人民評議会の執行機関であると同時に地方の国家行政機関とし"
            "て、市民、市人民評議会および上級の国家行政機関に対して責任を負います。</p>\n"
            "<h2>機能と任務</h2>\n"
            "<p>市人民委員会は、憲法、法律および市人民評議会の決議の施行を組織し、"
            "経済社会開発計画と予算案を策定して人民評議会の決定に付します。また、土地、資源、環境、計画、建設、交通、"
            "教育、保健、文化、社会の各分野で国家管理を行い、市内の国防、治安および社会の秩序と安全を確保します。"
            "</p>\n"
            "<h2>組織構成</h2>\n"
            "<p>市人民委員会は、主席、副主席および委員で構成され、委員には専門機関の長、軍事担当委員、"
            "公安担当委員が含まれます。市人民委員会事務局のほか、財政局、建設局、商工局、内務局、保健局、教育訓練局、"
            "農業環境局、科学技術局、文化スポーツ観光局などの局・機関が市人民委員会を補佐しています。</p>\n"
            "<p>市人民委員会は、集団による意思決定と、主席および各委員の個人責任とを併せて重んじる体制で運営されてい"
            "ます。また、二層制の地方政府モデルのもとで、各社・坊・特区の人民委員会の活動を指導・監督しています。"
            "</p>\n"
        ),
        "about_section": "ハイフォン市について",
        "news_section": "ニュース",
        "contact_section": "お問い合わせ",
        "intro_page": "市の概要",
        "organisation_page": "組織",
        "contact_page": "連絡先",
        "contact_labels": {
            "address": "住所",
            "phone": "電話",
            "fax": "FAX",
            "email": "メール",
            "hours": "開庁時間",
        },
        "contact": {
            "address": "ハイフォン市ホンバン坊ホアンジエウ通り18番地",
            "hours": "月曜日～金曜日：午前7時30分～11時30分、午後1時30分～5時",
        },
    },
}

#: Each component portal in English (key: its Vietnamese title exactly as in data_portals.PORTALS).
PORTALS_EN = {
    "Sở Xây dựng": {
        "title": "Department of Construction",
        "description": (
            "Component portal of the Hai Phong City Department of Construction, with information on planning, "
            "construction, urban development, housing and transport."
        ),
        "intro": (
            "<p>The Department of Construction of Hai Phong City is a specialised agency of the City People's "
            "Committee. It advises and assists the City People's Committee in the state management of construction "
            "planning and architecture, construction investment, urban development, technical infrastructure, "
            "housing, the real estate market, building materials and transport in the city.</p><p>Its work ranges "
            "from drafting plans for the city's growth and appraising construction projects to maintaining roads and "
            "waterways, running public passenger transport and guiding the communes, wards and special zones in "
            "keeping building order.</p><p>Since 1 July 2025, when Hai Phong City and Hai Duong province merged, the "
            "Department has carried out its duties across the whole of the city's new, enlarged development area.</p>"
        ),
        "organisation": (
            "<h2>Leadership and divisions</h2><p>The Department is headed by its Board of Directors, made up of the "
            "Director and the Deputy Directors. It comprises the Office; specialised divisions for planning and "
            "architecture, construction management, urban development, housing and the real estate market, and "
            "transport management; and a number of affiliated public service units.</p><h2>Functions and main "
            "duties</h2><p>As a specialised agency of the City People's Committee, the Department is responsible for "
            "state management of construction, urban development, housing and transport. Its main duties are "
            "to:</p><ul><li>submit to the City People's Committee draft plans, schedules and programmes for urban "
            "development, housing and transport infrastructure;</li><li>appraise construction projects and designs, "
            "and check the acceptance of completed works within its delegated authority;</li><li>manage and maintain "
            "the roads and inland waterways assigned to it, and organise public passenger transport;</li><li>guide "
            "and inspect the authorities of the communes, wards and special zones in managing building "
            "order.</li></ul>"
        ),
        "contact": {
            "address": "Political and Administrative Centre of the City, Thuy Nguyen Ward, Hai Phong City",
            "hours": "Monday to Friday: 7:30 to 11:30 a.m. and 1:30 to 5:00 p.m.",
        },
    },
    "Sở Văn hóa, Thể thao và Du lịch": {
        "title": "Department of Culture, Sports and Tourism",
        "description": (
            "Component portal of the Department of Culture, Sports and Tourism, presenting the cultural life, "
            "heritage, sports and tourist destinations of Hai Phong City."
        ),
        "intro": (
            "<p>The Department of Culture, Sports and Tourism is a specialised agency of the Hai Phong City People's "
            "Committee. It advises and assists the City People's Committee in the state management of culture, "
            "family affairs, physical education and sports, and tourism, and manages the public services in these "
            "fields in accordance with the law.</p><p>The Department looks after the city's heritage, stages its "
            "great festivals and sporting events, and promotes Hai Phong as a destination at home and "
            "abroad.</p><p>With the islands and sea of Cat Ba and Do Son and the heritage of the Eastern Region (Xu "
            "Dong), the Department aims to make Hai Phong a centre of tourism and culture with a strong identity of "
            "its own in northern Viet Nam.</p>"
        ),
        "organisation": (
            "<h2>Leadership and divisions</h2><p>The Department is headed by its Board of Directors, assisted by the "
            "Office and by specialised divisions for cultural management, heritage, family affairs, physical "
            "education and sports, and tourism management. Its public service units include the City Museum, the "
            "City Library, the Cultural Centre, the Sports Training and Competition Centre, and the city's theatres "
            "and art troupes.</p><h2>Functions and main duties</h2><p>The Department is responsible for state "
            "management of culture, family affairs, sports and tourism. Its main duties are to:</p><ul><li>draw up "
            "and submit for adoption plans for the development of culture, sports and tourism;</li><li>manage, "
            "preserve and promote the tangible and intangible cultural heritage of the city;</li><li>organise the "
            "city's major festivals and cultural, artistic and sporting events;</li><li>promote tourism, and manage "
            "tourist areas and sites, accommodation establishments and travel services.</li></ul>"
        ),
        "contact": {
            "address": "18 Minh Khai Street, Hong Bang Ward, Hai Phong City",
            "hours": "Monday to Friday: 7:30 to 11:30 a.m. and 1:30 to 5:00 p.m.",
        },
    },
    "Sở Khoa học và Công nghệ": {
        "title": "Department of Science and Technology",
        "description": (
            "Component portal of the Department of Science and Technology, with news on science, technology, "
            "innovation, digital transformation, and information and communications in the city."
        ),
        "intro": (
            "<p>The Department of Science and Technology of Hai Phong City is a specialised agency of the City "
            "People's Committee. It advises and assists the City People's Committee in the state management of "
            "science, technology and innovation, digital transformation, standards, metrology and quality, "
            "intellectual property, postal services, telecommunications, the press and publishing in the "
            "city.</p><p>It runs the city's research programmes, leads the building of digital government, supports "
            "innovative start-ups and oversees the press and publishing.</p><p>The Department sees science, "
            "technology and digital transformation as the key drivers of Hai Phong's fast and sustainable "
            "development, and of its ambition to lead the country in building a smart city.</p>"
        ),
        "organisation": (
            "<h2>Leadership and divisions</h2><p>The Department comprises its Board of Directors; the Office; "
            "specialised divisions for science management, digital transformation, posts and telecommunications, and "
            "information, press and publishing; the Sub-Department of Standards, Metrology and Quality; and "
            "affiliated public service centres.</p><h2>Functions and main duties</h2><p>The Department is "
            "responsible for state management of science, technology, innovation, digital transformation and "
            "communications. Its main duties are to:</p><ul><li>select, directly assign, evaluate and accept "
            "city-level science and technology tasks;</li><li>lead the building of digital government, the digital "
            "economy and digital society, and ensure network information security;</li><li>develop the innovative "
            "start-up ecosystem and the market for science and technology;</li><li>manage the press, publishing, "
            "grassroots information and information for foreign audiences.</li></ul>"
        ),
        "contact": {
            "address": "12 Tran Phu Street, Ngo Quyen Ward, Hai Phong City",
            "hours": "Monday to Friday: 7:30 to 11:30 a.m. and 1:30 to 5:00 p.m.",
        },
    },
    "Phường Hồng Bàng": {
        "title": "Hong Bang Ward",
        "description": (
            "Component portal of Hong Bang Ward, a central ward of Hai Phong City with a rich historical tradition."
        ),
        "intro": (
            "<p>Hong Bang Ward is a grassroots administrative unit of Hai Phong City, reorganised and established "
            "under the two-tier model of local government on 1 July 2025. It lies in the historic heart of the city, "
            "on the banks of the Tam Bac and Cam rivers, where many architectural landmarks and long-established "
            "shopping streets are found.</p><p>The Ward People's Committee serves residents and businesses at the "
            "ward's Public Administrative Service Centre, manages the urban area and keeps the neighbourhood safe "
            "and orderly.</p><p>The ward strives to be a civilised, modern urban area that preserves the charm of "
            "the old quarter of the Port City.</p>"
        ),
        "organisation": (
            "<h2>Ward People's Committee</h2><p>The Ward People's Committee is supported by the Office of the "
            "People's Council and People's Committee, the Division of Economy, Infrastructure and Urban Affairs, the "
            "Division of Culture and Social Affairs, and the Public Administrative Service Centre.</p><h2>Main "
            "duties</h2><p>The main duties of the Ward People's Committee are to:</p><ul><li>organise the "
            "implementation of the Constitution, the law and the resolutions of the People's Council in the "
            "ward;</li><li>handle administrative procedures for residents and businesses at the ward's Public "
            "Administrative Service Centre;</li><li>manage urban affairs, building order, land, the environment and "
            "infrastructure in the ward;</li><li>ensure security, public order and social welfare, and care for the "
            "well-being of residents.</li></ul>"
        ),
        "contact": {
            "address": "2 Hoang Van Thu Street, Hong Bang Ward, Hai Phong City",
            "hours": "Monday to Friday and Saturday morning: 7:30 to 11:30 a.m. and 1:30 to 5:00 p.m.",
        },
    },
    "Xã An Lão": {
        "title": "An Lao Commune",
        "description": (
            "Component portal of An Lao Commune, a locality with strengths in agriculture and industry and home to "
            "the Nui Voi historical and cultural relic site."
        ),
        "intro": (
            "<p>An Lao Commune is a grassroots administrative unit of Hai Phong City, established on 1 July 2025 by "
            "merging the township and several communes of the former An Lao District. Lying between the Lach Tray "
            "and Van Uc rivers, the commune has fertile land and good road links to the city centre.</p><p>The "
            "Commune People's Committee carries out the socio-economic development and new rural development "
            "programmes, serves residents and businesses at the commune's Public Administrative Service Centre, and "
            "keeps the commune safe and orderly.</p><p>The commune aims to develop ecological agriculture, clean "
            "industry and services, and to build a civilised, prosperous and beautiful homeland.</p>"
        ),
        "organisation": (
            "<h2>Commune People's Committee</h2><p>The Commune People's Committee is supported by the Office of the "
            "People's Council and People's Committee, the Economic Division, the Division of Culture and Social "
            "Affairs and the Public Administrative Service Centre, together with the villages of the "
            "commune.</p><h2>Main duties</h2><p>The main duties of the Commune People's Committee are "
            "to:</p><ul><li>implement socio-economic development programmes and build new-style rural "
            "areas;</li><li>manage land, natural resources, the environment, building order and rural "
            "infrastructure;</li><li>handle administrative procedures for residents and businesses at the commune's "
            "Public Administrative Service Centre;</li><li>ensure national defence, security, public order and "
            "social safety, and implement social welfare policies.</li></ul>"
        ),
        "contact": {
            "address": "1 Nguyen Van Troi Street, An Lao Commune, Hai Phong City",
            "hours": "Monday to Friday: 7:30 to 11:30 a.m. and 1:30 to 5:00 p.m.",
        },
    },
    "Đặc khu Cát Hải": {
        "title": "Cat Hai Special Zone",
        "description": (
            "Component portal of the Cat Hai Special Zone, an island territory including Cat Ba and Cat Hai islands, "
            "famous for its ecotourism and for the Lach Huyen international gateway port."
        ),
        "intro": (
            "<p>The Cat Hai Special Zone is a special administrative and economic unit of Hai Phong City, organised "
            "on 1 July 2025 from the whole of the former Cat Hai District. It comprises Cat Ba Island, Cat Hai "
            "Island and more than three hundred large and small islands. The Cat Ba archipelago is a World Biosphere "
            "Reserve and, together with Ha Long Bay, has been inscribed as a World Natural Heritage site.</p><p>The "
            "special zone combines the protection of an exceptional natural heritage with island tourism, fisheries "
            "and the port and logistics services of Lach Huyen.</p><p>The Cat Hai Special Zone aims to become an "
            "international-class centre of island tourism and an important maritime trade gateway for the whole "
            "country.</p>"
        ),
        "organisation": (
            "<h2>Government of the special zone</h2><p>The government of the special zone consists of the People's "
            "Council and the People's Committee of the special zone, with specialised agencies for the economy, "
            "infrastructure, and culture and social affairs, and the Public Administrative Service "
            "Centre.</p><h2>Main duties</h2><p>The main duties of the special zone government are "
            "to:</p><ul><li>develop island and marine tourism and ecotourism, together with the conservation of Cat "
            "Ba National Park and Lan Ha Bay;</li><li>take part in developing the Lach Huyen international gateway "
            "port and port logistics services on Cat Hai Island;</li><li>manage aquaculture and fishing, and protect "
            "the marine environment and forest ecosystems;</li><li>ensure national defence and security, protect the "
            "country's sovereignty over its sea and islands, and prevent and respond to natural disasters.</li></ul>"
        ),
        "contact": {
            "address": "1 Nui Ngoc Street, Cat Ba Area, Cat Hai Special Zone, Hai Phong City",
            "hours": "Monday to Friday: 7:30 to 11:30 a.m. and 1:30 to 5:00 p.m.",
        },
    },
    "Sở Y tế": {
        "title": "Department of Health",
        "description": (
            "Component portal of the Hai Phong City Department of Health, with information on medical examination "
            "and treatment, preventive medicine, population and social protection."
        ),
        "intro": (
            "<p>The Department of Health of Hai Phong City is a specialised agency of the City People's Committee. "
            "It advises and assists the City People's Committee in the state management of health, including "
            "preventive medicine, medical examination and treatment, rehabilitation, medical assessment, traditional "
            "medicine and pharmacy, pharmaceuticals, cosmetics, food safety, medical equipment, population and "
            "health insurance, as well as social protection, child protection and the prevention of social "
            "evils.</p><p>It plans the city's health care network, oversees hospitals, health centres and commune "
            "health stations, and leads the fight against epidemics.</p><p>The Department's goal is that every "
            "resident receives comprehensive, convenient and high-quality health care.</p>"
        ),
        "organisation": (
            "<h2>Leadership and divisions</h2><p>The Department comprises its Board of Directors; the Office; "
            "divisions for medical affairs, pharmaceutical affairs, planning and finance, and social protection; the "
            "Sub-Department of Population; and the Sub-Department of Food Safety and Hygiene. Its public service "
            "units include the city-level hospitals, the Centre for Disease Control, the 115 Emergency Centre and "
            "the social protection establishments.</p><h2>Functions and main duties</h2><p>The Department is "
            "responsible for state management of health care and social protection. Its main duties are "
            "to:</p><ul><li>submit to the City People's Committee plans for the development of the health care "
            "network in the city;</li><li>direct and inspect the professional work of hospitals, health centres and "
            "commune health stations;</li><li>prevent and control epidemics, ensure food safety and look after "
            "people's health;</li><li>manage private medical and pharmaceutical practice, and implement social "
            "protection and child protection policies.</li></ul>"
        ),
        "contact": {
            "address": "38 Le Dai Hanh Street, Hong Bang Ward, Hai Phong City",
            "hours": "Monday to Friday: 7:30 to 11:30 a.m. and 1:30 to 5:00 p.m.",
        },
    },
}

#: News translated: the Vietnamese headline (exactly one of data_city.CITY_HEADLINES) -> language -> article.
NEWS = {
    "Sản lượng hàng hóa thông qua hệ thống cảng biển Hải Phòng đạt mức kỷ lục": {
        "en": {
            "title": "Cargo throughput at Hai Phong's seaports reaches a record high",
            "description": (
                "Cargo handled by the Hai Phong seaport system has reached its highest level ever, driven by "
                "container traffic at the Lach Huyen international gateway port and by new direct shipping routes to "
                "the Americas and Europe."
            ),
            "body": (
                "<p>The volume of cargo passing through the seaports of Hai Phong has reached a record level, "
                "according to the Hai Phong Maritime Administration. Containers accounted for most of the growth, "
                "and the deep-water terminals of the Lach Huyen international gateway port worked close to full "
                "capacity for much of the year.</p><p>Lach Huyen now regularly receives large mother vessels on "
                "direct services to the west coast of the United States, to Europe and to other ports in Asia, so "
                "exporters in northern Viet Nam can ship their goods without transhipment in a third country. Port "
                "operators say the share of cargo handled in the deep-water area keeps rising, while the older "
                "terminals along the Cam River increasingly specialise in feeder, bulk and general cargo.</p><p>To "
                "keep pace with demand, the city has worked with the maritime authorities and port operators to "
                "speed up customs clearance, digitise the delivery and receipt of containers, and dredge the "
                "shipping channel so that large vessels can enter and leave safely. Inland container depots and "
                "distribution centres are being built in the west of the city to link the port with industrial parks "
                "across the enlarged city and in neighbouring provinces.</p><p>City leaders said the result confirms "
                "Hai Phong's role as the maritime gateway of northern Viet Nam. The city plans to develop a modern "
                "logistics hub that combines its seaports with Cat Bi International Airport, and is studying the "
                "creation of a free trade zone linked to the Dinh Vu – Cat Hai Economic Zone.</p>"
            ),
        },
        "zh": {
            "title": "海防港口群货物吞吐量创历史新高",
            "description": (
                "海防港口系统货物吞吐量达到历史最高水平，拉县国际门户港的集装箱运输以及通往美洲、"
                "欧洲的新直航航线成为主要增长动力。"
            ),
            "body": (
                "<p>据海防海事港务局消息，经海防各港口进出的货物量创下历史纪录。增量主要来自集装箱货物，"
                "拉县国际门户港的深水码头全年大部分时间接近满负荷运转。</p><p>目前，拉县港定期接靠开往美国西海岸、"
                "欧洲及亚洲其他港口的直航大型母船，越南北部的出口企业无需在第三国中转即可将货物直接运往目的地。"
                "港口企业表示，深水港区所占的货物份额持续上升，而禁江沿岸的老码头则日益专注于支线、散货和杂货业务。"
                "</p><p>为满足不断增长的需求，海防市与海事部门及港口企业密切配合，加快海关通关，"
                "推进集装箱交接流程数字化，并疏浚航道，确保大型船舶安全进出港。"
                "城市西部的内陆集装箱堆场和物流配送中心也在加紧建设，"
                "将港口与扩容后的全市乃至周边省份的工业园区连为一体。</p><p>市领导表示，"
                "这一成绩进一步巩固了海防作为越南北部海上门户的地位。"
                "海防市将着力打造连接海港与吉碧国际机场的现代化物流枢纽，"
                "并正研究设立与亭武—吉海经济区相衔接的自由贸易区。</p>"
            ),
        },
        "ko": {
            "title": "하이퐁 항만 화물 처리량, 사상 최대 기록",
            "description": (
                "하이퐁 항만의 화물 처리량이 사상 최고치를 기록했다. 락후옌 국제 관문항의 컨테이너 물량과 "
                "미주·유럽행 신규 직항 노선이 성장을 이끌었다."
            ),
            "body": (
                "<p>하이퐁 해사항만청에 따르면 하이퐁 항만을 거쳐 간 화물량이 사상 최대치를 기록했다. 증가분의 "
                "대부분은 컨테이너 화물이었으며, 락후옌 국제 관문항의 심수 터미널은 연중 대부분 기간 사실상 최대 "
                "용량으로 가동됐다.</p><p>현재 락후옌항에는 미국 서부 해안과 유럽, 아시아 각지의 항만으로 향하는 "
                "직항 노선의 대형 모선이 정기적으로 기항하고 있어, 베트남 북부의 수출기업들은 제3국 환적 없이 화물을 "
                "보낼 수 있게 됐다. 항만 운영사들은 심수항 구역이 처리하는 화물 비중이 계속 늘고 있으며, 깜강 연안의 "
                "기존 부두는 피더선과 벌크, 일반화물 위주로 특화되고 있다고 밝혔다.</p><p>늘어나는 수요에 대응하기 "
                "위해 시는 해사 당국, 항만 운영사와 협력해 통관 절차를 단축하고 컨테이너 인수·인도 과정을 "
                "디지털화했으며, 대형 선박이 안전하게 입출항할 수 있도록 항로 준설을 진행했다. 시 서부에서는 내륙 "
                "컨테이너 기지와 물류 배송센터 건설도 속도를 내고 있어, 항만과 통합으로 넓어진 시 전역 및 인근 "
                "지방의 산업단지를 하나로 연결하게 된다.</p><p>시 지도부는 이번 성과가 베트남 북부의 해상 관문으로서 "
                "하이퐁의 역할을 재확인한 것이라고 평가했다. 시는 항만과 깟비 국제공항을 연계한 현대적 물류 허브를 "
                "육성하는 한편, 딘부-깟하이 경제구역과 연계한 자유무역지대 설립도 검토하고 있다.</p>"
            ),
        },
        "ja": {
            "title": "ハイフォン港湾の貨物取扱量が過去最高に",
            "description": (
                "ハイフォンの港湾システムを通過した貨物量が過去最高に達した。"
                "ラックフェン国際ゲートウェイ港のコンテナ輸送と、米州・欧州への新たな直行航路が伸びをけん引した。"
            ),
            "body": (
                "<p>ハイフォン海事港湾局によると、ハイフォンの各港を通過した貨物量が過去最高を記録した。"
                "伸びの大半はコンテナ貨物によるもので、ラックフェン国際ゲートウェイ港の大水深ターミナルは年間の大部分"
                "をほぼフル稼働で運営された。</p><p>現在ラックフェン港には、米国西海岸、欧州、"
                "アジア各地の港へ向かう直行便の大型母船が定期的に寄港しており、"
                "ベトナム北部の輸出企業は第三国での積み替えなしに貨物を送り出せるようになった。港湾運営会社によれば、"
                "大水深港区で扱う貨物の割合は高まり続けており、カム川沿いの既存埠頭はフィーダー船、ばら積み貨物、"
                "一般貨物の取り扱いに特化しつつある。</p><p>増加する需要に対応するため、"
                "市は海事当局や港湾運営会社と連携し、通関手続きの迅速化、コンテナ受け渡し手続きのデジタル化、"
                "大型船が安全に入出港するための航路浚渫を進めてきた。"
                "市西部ではインランド・コンテナ・デポや物流配送センターの建設も進んでおり、港湾と、"
                "合併で拡大した市域や近隣省の工業団地とを結ぶことになる。</p><p>市の指導部は、"
                "今回の成果がベトナム北部の海の玄関口としてのハイフォンの役割を改めて示すものだと述べた。"
                "市は港湾とカットビ国際空港を結ぶ近代的な物流拠点の整備を目指すとともに、"
                "ディンブー・カットハイ経済区と連携した自由貿易区の設置も検討している。</p>"
            ),
        },
    },
    "Quần đảo Cát Bà đón lượng khách du lịch tăng cao trong những ngày nghỉ lễ": {
        "en": {
            "title": "Cat Ba archipelago welcomes a surge of visitors over the holidays",
            "description": (
                "Hotels, cruise boats and beaches on the Cat Ba archipelago were busy throughout the public "
                "holidays, as visitors from Viet Nam and abroad flocked to Lan Ha Bay and Cat Ba National Park."
            ),
            "body": (
                "<p>The Cat Ba archipelago saw a sharp rise in tourists over the recent public holidays, with "
                "numbers well above the same period last year, according to the authorities of the Cat Hai Special "
                "Zone. Most hotels and homestays in the Cat Ba area were fully booked, and the ferries linking the "
                "island with the mainland ran extra crossings to meet demand.</p><p>Lan Ha Bay remained the main "
                "attraction: cruise boats and kayaks took visitors among its limestone islets, quiet beaches and "
                "floating fishing villages such as Cai Beo. Many others chose to hike in Cat Ba National Park, home "
                "to the critically endangered Cat Ba langur, or to relax on the Cat Co beaches. The number of "
                "international visitors, notably from Europe, the Republic of Korea and China, also rose "
                "markedly.</p><p>To ensure safety and the quality of service, the special zone stationed lifeguards "
                "on the beaches, stepped up inspections of tourist boats on Lan Ha Bay and of food safety in "
                "restaurants, and opened hotlines for visitors' complaints. Traffic police and volunteers were on "
                "duty at the ferry terminals and on the Tan Vu – Lach Huyen bridge to keep traffic moving at peak "
                "times.</p><p>Local leaders said the figures reflect the archipelago's growing appeal since Ha Long "
                "Bay and the Cat Ba archipelago were inscribed together as a World Natural Heritage site. The "
                "special zone will keep investing in infrastructure, protecting the environment and developing new "
                "ecotourism products so that Cat Ba becomes a leading island destination in the region.</p>"
            ),
        },
        "zh": {
            "title": "节假日期间吉婆群岛迎来客流高峰",
            "description": (
                "节假日期间，吉婆群岛的酒店、游船和海滩人气火爆，大批国内外旅客前往兰夏湾和吉婆国家公园观光游览。"
            ),
            "body": (
                "<p>据吉海特区政府消息，在刚刚过去的节假日期间，吉婆群岛接待的游客人数大幅增长，明显高于去年同期。"
                "吉婆岛上大部分酒店和民宿客满，往返海岛与大陆的轮渡也加开班次，以满足出行需求。"
                "</p><p>兰夏湾依然是最热门的目的地：游船和皮划艇载着游客穿行于石灰岩小岛、幽静海滩和水上渔村之间。"
                "不少游客选择到吉婆国家公园徒步，探访极度濒危的吉婆金头叶猴的栖息地，或在岛上的海滩休闲度假。"
                "国际游客人数也显著增加，尤其是来自欧洲、韩国和中国的游客。</p><p>为保障游客安全和服务质量，"
                "特区在各海滩部署救生力量，加强对兰夏湾旅游船只和餐馆食品安全的检查，并开通热线电话受理游客投诉。"
                "交警和志愿者在轮渡码头和新武—拉县跨海大桥上值守，确保高峰时段交通畅通。</p><p>当地领导表示，"
                "自下龙湾—吉婆群岛被共同列入世界自然遗产名录以来，吉婆的吸引力不断提升。特区将继续加大基础设施投入，"
                "保护生态环境，开发新的生态旅游产品，努力把吉婆打造成区域领先的海岛旅游目的地。</p>"
            ),
        },
        "ko": {
            "title": "연휴 기간 깟바 군도에 방문객 급증",
            "description": (
                "연휴 기간 깟바 군도의 호텔과 유람선, 해변은 연일 붐볐으며, 국내외 여행객들이 란하만과 깟바 "
                "국립공원을 찾았다."
            ),
            "body": (
                "<p>깟하이 특구 당국에 따르면 최근 연휴 기간 깟바 군도를 찾은 관광객이 지난해 같은 기간보다 크게 "
                "늘었다. 깟바 지역 호텔과 홈스테이 대부분이 만실을 기록했으며, 섬과 본토를 잇는 페리도 수요에 맞춰 "
                "운항 횟수를 늘렸다.</p><p>가장 인기를 끈 곳은 여전히 란하만이었다. 방문객들은 유람선과 카약을 타고 "
                "석회암 섬들과 한적한 해변, 수상 어촌 사이를 누볐다. 멸종위기종인 깟바랑구르의 서식지인 깟바 "
                "국립공원에서 트레킹을 즐기거나 깟꼬 해변에서 휴식을 취하는 이들도 많았다. 유럽과 한국, 중국 등에서 "
                "온 외국인 관광객도 눈에 띄게 증가했다.</p><p>특구는 안전과 서비스 품질을 확보하기 위해 해변마다 "
                "구조요원을 배치하고, 란하만 관광선과 음식점에 대한 식품 안전 점검을 강화했으며, 관광객 불편 신고를 "
                "접수하는 핫라인을 개설했다. 교통경찰과 자원봉사자들은 페리 선착장과 떤부-락후옌 대교에 배치돼 혼잡 "
                "시간대 교통 흐름을 관리했다.</p><p>현지 지도부는 하롱베이-깟바 군도가 세계자연유산으로 함께 등재된 "
                "이후 군도의 매력이 한층 높아진 결과라고 평가했다. 특구는 앞으로도 기반시설에 투자하고 환경을 "
                "보호하며 새로운 생태관광 상품을 개발해 깟바를 지역을 대표하는 섬 관광지로 키워 나갈 계획이다.</p>"
            ),
        },
        "ja": {
            "title": "連休中のカットバ諸島、訪問者が大幅増",
            "description": (
                "連休期間中、カットバ諸島のホテルやクルーズ船、ビーチは連日にぎわい、"
                "国内外から多くの旅行者がランハ湾やカットバ国立公園を訪れた。"
            ),
            "body": (
                "<p>カットハイ特区当局によると、先の連休期間中にカットバ諸島を訪れた観光客は大幅に増え、"
                "前年同期を大きく上回った。カットバ地区のホテルやホームステイの多くが満室となり、"
                "島と本土を結ぶフェリーも需要に応じて臨時便を運航した。"
                "</p><p>最も人気を集めたのは引き続きランハ湾で、訪問者は遊覧船やカヤックで石灰岩の小島や静かな浜辺、"
                "水上漁村の間を巡った。絶滅の危機にあるカットバラングールが生息するカットバ国立公園でのトレッキングや"
                "、カットコビーチでのんびり過ごす人も多かった。欧州、韓国、"
                "中国などからの外国人観光客も目立って増えた。</p><p>安全とサービスの質を確保するため、"
                "特区は各ビーチに救助隊員を配置し、ランハ湾の観光船や飲食店の食品安全検査を強化したほか、"
                "観光客からの苦情を受け付けるホットラインを開設した。"
                "交通警察とボランティアがフェリー乗り場やタンヴー・ラックフェン橋に配置され、"
                "混雑する時間帯の交通整理に当たった。</p><p>地元の指導部は、"
                "ハロン湾・カットバ諸島が世界自然遺産に共同で登録されて以来、"
                "諸島の魅力が一段と高まった結果だと評価した。特区は今後もインフラ整備や環境保護を進め、"
                "新たなエコツーリズム商品を開発して、カットバを地域屈指の島しょ観光地に育てていく方針だ。</p>"
            ),
        },
    },
    "Thu hút vốn đầu tư trực tiếp nước ngoài của thành phố tiếp tục dẫn đầu cả nước": {
        "en": {
            "title": "Hai Phong remains the country's leader in attracting foreign direct investment",
            "description": (
                "Hai Phong continues to rank first nationwide for foreign direct investment, with new and expanded "
                "projects in electronics, high-tech manufacturing and logistics."
            ),
            "body": (
                "<p>Hai Phong continues to lead the country in attracting foreign direct investment (FDI), according "
                "to figures from the Ministry of Finance. Newly registered capital, additional capital for existing "
                "projects and capital contributions and share purchases by foreign investors together put the city "
                "at the top of the national ranking.</p><p>Most of the new capital has gone into high-tech "
                "processing and manufacturing, such as electronic components, electrical equipment and precision "
                "engineering, and into seaport and logistics services. The Republic of Korea, Japan, China and "
                "Singapore remain the largest sources of investment. Many investors already established in the city "
                "have expanded their factories, a sign of their confidence in its business "
                "environment.</p><p>Investors point to the city's strengths: the deep-water port at Lach Huyen, an "
                "international airport, expressways to Ha Noi and Quang Ninh, and ready-to-use industrial land in "
                "parks such as those of the Dinh Vu – Cat Hai Economic Zone. The merger with Hai Duong province has "
                "also opened up new room for industrial development in the west of the city.</p><p>The City People's "
                "Committee has pledged to keep improving the investment climate by simplifying administrative "
                "procedures, handling investment applications online and holding regular dialogues to resolve "
                "investors' difficulties. The city gives priority to high-tech, environmentally friendly projects "
                "with high added value that transfer technology and train local workers.</p>"
            ),
        },
        "zh": {
            "title": "海防市吸引外商直接投资继续领跑全国",
            "description": (
                "海防市吸引外资继续位居全国首位，电子、高新技术制造和物流领域新项目接连落地，现有项目纷纷追加投资。"
            ),
            "body": (
                "<p>据越南财政部数据，海防市吸引外商直接投资（FDI）继续领跑全国。新注册资本、"
                "现有项目增资以及外国投资者出资购股三项合计，使海防在全国排名中位居榜首。"
                "</p><p>新增资本主要流向电子元器件、电气设备、精密机械等高新技术加工制造业，以及港口和物流服务业。"
                "韩国、日本、中国和新加坡仍是最主要的投资来源地。许多已在海防投资的企业纷纷扩建工厂，"
                "显示出对当地营商环境的信心。</p><p>投资者看重海防的诸多优势：拉县深水港、国际机场、"
                "通往河内和广宁的高速公路，以及亭武—吉海经济区等工业园区内可即时使用的工业用地。与海阳省合并后，"
                "城市西部也为工业发展开辟了新的空间。</p><p>市人民委员会承诺继续改善投资环境，简化行政手续，"
                "推行投资申请网上办理，并定期举行对话会，及时为投资者排忧解难。海防市优先吸引技术含量高、环境友好、"
                "附加值高并能转让技术、培训本地劳动力的项目。</p>"
            ),
        },
        "ko": {
            "title": "하이퐁, 외국인직접투자 유치 전국 1위 행진",
            "description": (
                "하이퐁이 외국인직접투자 유치에서 전국 1위를 지키고 있다. 전자, 첨단 제조, 물류 분야에서 신규 투자와 "
                "증액 투자가 잇따랐다."
            ),
            "body": (
                "<p>베트남 재무부 통계에 따르면 하이퐁은 외국인직접투자(FDI) 유치에서 계속 전국 선두를 달리고 있다. "
                "신규 등록 자본과 기존 프로젝트의 증자, 외국인 투자자의 출자 및 지분 매입을 합한 규모에서 하이퐁은 "
                "전국 1위에 올랐다.</p><p>신규 자본의 대부분은 전자부품, 전기장비, 정밀기계 등 첨단 가공·제조업과 "
                "항만·물류 서비스업에 투입됐다. 한국, 일본, 중국, 싱가포르가 여전히 주요 투자국이다. 이미 하이퐁에 "
                "진출한 여러 기업이 공장을 증설한 것은 시의 투자 환경에 대한 신뢰를 보여 주는 "
                "대목이다.</p><p>투자자들은 락후옌 심수항, 국제공항, 하노이·꽝닌으로 이어지는 고속도로, 그리고 "
                "딘부-깟하이 경제구역 등 산업단지 안의 즉시 입주 가능한 산업 용지를 하이퐁의 강점으로 꼽는다. "
                "하이즈엉성과의 통합으로 시 서부에도 산업 발전을 위한 새로운 공간이 열렸다.</p><p>시 인민위원회는 "
                "행정 절차 간소화, 투자 신청의 온라인 처리, 정기 대화를 통한 투자자 애로 해소 등으로 투자 환경을 "
                "지속적으로 개선하겠다고 밝혔다. 시는 첨단기술을 바탕으로 친환경적이고 부가가치가 높으며 기술 이전과 "
                "현지 인력 양성에 기여하는 프로젝트를 우선 유치할 방침이다.</p>"
            ),
        },
        "ja": {
            "title": "ハイフォン市、外国直接投資の誘致で引き続き全国首位",
            "description": (
                "ハイフォン市は外国直接投資の誘致で全国トップを維持しており、電子、ハイテク製造、"
                "物流の各分野で新規案件や拡張案件が相次いでいる。"
            ),
            "body": (
                "<p>ベトナム財務省の統計によると、ハイフォン市は外国直接投資（FDI）"
                "の誘致で引き続き全国の首位を走っている。新規登録資本、既存案件の増資、"
                "外国投資家による出資・株式取得を合わせた額で、全国1位となった。</p><p>新たな資本の多くは、電子部品、"
                "電気機器、精密機械などのハイテク加工・製造業と、港湾・物流サービスに向けられている。"
                "主な投資国は引き続き韓国、日本、中国、シンガポールである。"
                "すでに市内に進出している多くの企業が工場を拡張しており、市の投資環境に対する信頼の高さを示している。"
                "</p><p>投資家は、ラックフェンの大水深港、国際空港、ハノイやクアンニンへ通じる高速道路、"
                "ディンブー・カットハイ経済区などの工業団地ですぐに利用できる産業用地を、"
                "ハイフォンの強みとして挙げる。ハイズオン省との合併により、市西部にも工業発展の新たな余地が生まれた。"
                "</p><p>市人民委員会は、行政手続きの簡素化、投資申請のオンライン処理、"
                "定期的な対話を通じた投資家の課題解決などにより、投資環境の改善を続ける考えを示した。市は、"
                "ハイテクで環境に優しく付加価値が高く、技術移転や地元人材の育成につながる案件を優先的に誘致する方針だ"
                "。</p>"
            ),
        },
    },
    "Khởi công xây dựng các bến container số 7 và số 8 tại khu bến cảng Lạch Huyện": {
        "en": {
            "title": "Construction begins on container berths No. 7 and No. 8 at Lach Huyen",
            "description": (
                "Work has started on two new deep-water container berths in the Lach Huyen port area, which will "
                "raise Hai Phong's capacity to receive the largest container ships on intercontinental routes."
            ),
            "body": (
                "<p>Construction of container berths No. 7 and No. 8 in the Lach Huyen port area, in the Cat Hai "
                "Special Zone, was launched at a groundbreaking ceremony attended by leaders of the city, "
                "representatives of central ministries and agencies, and the investor.</p><p>The two berths are part "
                "of the plan to develop Lach Huyen into the international gateway port of northern Viet Nam. Once "
                "completed, they will be able to handle very large container ships on direct routes to the Americas "
                "and Europe, adding substantial capacity to a deep-water area whose existing terminals are already "
                "working close to their limits.</p><p>Speaking at the ceremony, the Chairman of the City People's "
                "Committee asked the investor and contractors to keep to the schedule while ensuring quality, "
                "occupational safety and environmental protection. The Chairman also instructed the Cat Hai Special "
                "Zone and the city's departments to support the project with land, procedures and connecting "
                "infrastructure.</p><p>Together with the dredging of the shipping channel, the upgrading of the "
                "roads to Lach Huyen and the development of logistics centres behind the port, the new berths are "
                "expected to strengthen Hai Phong's position among the leading container ports of Southeast Asia.</p>"
            ),
        },
    },
    "Khai mạc Lễ hội du lịch biển Đồ Sơn với nhiều hoạt động văn hóa, thể thao hấp dẫn": {
        "en": {
            "title": "Do Son Sea Tourism Festival opens with a rich programme of cultural and sporting events",
            "description": (
                "The Do Son Sea Tourism Festival opened on the beach with an art performance and fireworks, "
                "launching a summer of cultural, sporting and culinary events."
            ),
            "body": (
                "<p>The Do Son Sea Tourism Festival opened with an evening art performance on the beach and a "
                "fireworks display over the sea, watched by thousands of local residents and visitors.</p><p>Over "
                "the following weeks, the programme includes beach volleyball and football tournaments, kite flying, "
                "a sandcastle contest, street music and a seafood fair featuring Hai Phong specialities such as crab "
                "noodle soup and sea crab spring rolls. Visitors can also discover Do Son's heritage, from the "
                "historic Hon Dau lighthouse to the rituals of the Do Son Buffalo Fighting Festival, a national "
                "intangible cultural heritage.</p><p>The Department of Culture, Sports and Tourism said the festival "
                "aims to promote Do Son as a modern, safe and friendly seaside destination. Hotels and restaurants "
                "have pledged to display their prices and not to overcharge, while lifeguards and medical teams are "
                "on duty along the beaches.</p><p>Do Son, about 20 km from the city centre, is one of the oldest "
                "seaside resorts in northern Viet Nam. The city is upgrading its infrastructure and attracting "
                "investment in high-quality resort and entertainment projects so that Do Son, together with Cat Ba, "
                "becomes a year-round destination.</p>"
            ),
        },
    },
    "Doanh nghiệp Nhật Bản mở rộng nhà máy sản xuất linh kiện điện tử tại Hải Phòng": {
        "en": {
            "title": "Japanese company expands its electronic components factory in Hai Phong",
            "description": (
                "A Japanese manufacturer has received an adjusted investment registration certificate to expand its "
                "electronic components plant in Hai Phong, creating jobs for more local workers."
            ),
            "body": (
                "<p>A Japanese manufacturer of electronic components operating in one of Hai Phong's industrial "
                "parks has received an adjusted investment registration certificate allowing it to expand its "
                "factory, increase the total investment in the project and add new production lines.</p><p>The "
                "expansion will raise the plant's output of components for consumer electronics, cars and "
                "telecommunications equipment, most of which is exported to Japan, Europe and North America. The "
                "company plans to recruit more workers, especially engineers and skilled technicians, and will work "
                "with the city's universities and vocational schools to train them.</p><p>A representative of the "
                "company said the decision to expand reflected its satisfaction with the city's infrastructure, its "
                "proximity to the Lach Huyen deep-water port and Cat Bi International Airport, and the support of "
                "the city authorities, who helped it complete the procedures quickly.</p><p>Japan is one of Hai "
                "Phong's largest investment partners. City leaders welcomed the expansion and pledged to keep "
                "supporting Japanese businesses, inviting further investment in high technology, supporting "
                "industries and green manufacturing.</p>"
            ),
        },
    },
}
